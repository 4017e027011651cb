#ifndef NATOQL_EDITLINE_SHIM_H
#define NATOQL_EDITLINE_SHIM_H
#include <histedit.h>
#endif
