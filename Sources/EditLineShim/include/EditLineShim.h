#ifndef NATOQL_EDITLINE_SHIM_H
#define NATOQL_EDITLINE_SHIM_H
// Plain C functions over libedit's variadic API (el_wset, el_wget, history_w), one per
// operation natoql uses, so that Swift can call them. Everything is wide-character (wchar_t):
// libedit then edits characters, not bytes ("Orbán" is five of them).
#include <histedit.h>
#include <stddef.h>
#include <wchar.h>

/// A prompt function: returns the prompt text, which must stay valid until the next call.
typedef wchar_t *_Nullable (*nq_prompt_fn)(EditLine *_Nonnull);
/// A user editor function bound to a key: returns a CC_* code.
typedef unsigned char (*nq_editor_fn)(EditLine *_Nonnull, int);

/// Sets LC_CTYPE from the environment, or C.UTF-8 when that is not UTF-8 (needed before
/// el_init, or non-ASCII input is dropped), and returns a new editor reading stdin and writing stdout/stderr, or NULL.
EditLine *_Nullable nq_el_init(const char *_Nonnull program);
/// Frees the editor and restores the terminal.
void nq_el_end(EditLine *_Nonnull el);

/// EL_CLIENTDATA: stores an opaque pointer to the Swift owner.
int nq_el_set_clientdata(EditLine *_Nonnull el, void *_Nullable data);
/// EL_CLIENTDATA: the stored pointer.
void *_Nullable nq_el_get_clientdata(EditLine *_Nonnull el);
/// EL_PROMPT_ESC: the prompt function, with `ignore` bracketing invisible escape sequences.
int nq_el_set_prompt(EditLine *_Nonnull el, nq_prompt_fn _Nonnull fn, wchar_t ignore);
/// EL_EDITOR: "emacs" or "vi" (resets the key maps).
int nq_el_set_editor(EditLine *_Nonnull el, const wchar_t *_Nonnull mode);
/// EL_EDITOR (get): 1 for vi, 0 for emacs.
int nq_el_editor_is_vi(EditLine *_Nonnull el);
/// EL_SIGNAL: let libedit handle SIGWINCH/SIGCONT/SIGTSTP while reading.
int nq_el_set_signal(EditLine *_Nonnull el, int on);
/// EL_ADDFN: adds a named editor function (the name and help are copied: libedit keeps them).
int nq_el_addfn(EditLine *_Nonnull el, const wchar_t *_Nonnull name, const wchar_t *_Nonnull help, nq_editor_fn _Nonnull fn);
/// EL_BIND: `bind [flag] key command`; `flag` may be NULL or e.g. L"-a" (vi command map).
int nq_el_bind(EditLine *_Nonnull el, const wchar_t *_Nullable flag, const wchar_t *_Nonnull key, const wchar_t *_Nonnull command);
/// EL_SETTY: `setty -d name=value` (the terminal settings while editing); `intr=` disables
/// the interrupt character, so Ctrl-C reaches the editor as a key.
int nq_el_setty_edit(EditLine *_Nonnull el, const wchar_t *_Nonnull setting);
/// EL_HIST: edits with `history` (history_w).
int nq_el_set_history(EditLine *_Nonnull el, HistoryW *_Nonnull history);
/// el_source: reads an editrc file (NULL: $EDITRC, then ~/.editrc).
int nq_el_source(EditLine *_Nonnull el, const char *_Nullable path);
/// el_wgets: the next line (with its newline) or NULL at end of input; `count` its length
/// (-1 on error).
const wchar_t *_Nullable nq_el_gets(EditLine *_Nonnull el, int *_Nonnull count);
/// The line being edited: the text and the cursor offset (in characters).
const wchar_t *_Nonnull nq_el_line(EditLine *_Nonnull el, int *_Nonnull length, int *_Nonnull cursor);
/// Inserts text at the cursor.
int nq_el_insert(EditLine *_Nonnull el, const wchar_t *_Nonnull text);
/// Deletes `n` characters before the cursor.
void nq_el_delete_before(EditLine *_Nonnull el, int n);
/// Replaces the whole line being edited (used to put a statement back after $EDITOR).
void nq_el_replace_line(EditLine *_Nonnull el, const wchar_t *_Nonnull text);
/// el_resize: after the terminal changed size.
void nq_el_resize(EditLine *_Nonnull el);
/// el_reset: resets the terminal and the editor state (after an interrupted read).
void nq_el_reset(EditLine *_Nonnull el);
/// el_beep.
void nq_el_beep(EditLine *_Nonnull el);

/// A new history list holding up to `size` entries (H_SETSIZE: a list without it holds
/// nothing), folding consecutive duplicates when `unique` (H_SETUNIQUE).
HistoryW *_Nullable nq_history_init(int size, int unique);
/// Frees a history list.
void nq_history_end(HistoryW *_Nonnull history);
/// H_ENTER: adds an entry.
int nq_history_enter(HistoryW *_Nonnull history, const wchar_t *_Nonnull entry);
/// H_CLEAR: removes every entry.
void nq_history_clear(HistoryW *_Nonnull history);
/// H_GETSIZE: the number of entries.
int nq_history_count(HistoryW *_Nonnull history);

#endif
