#include "EditLineShim.h"
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

EditLine *nq_el_init(const char *program) {
    // Without a character locale libedit drops non-ASCII input. natoql reads and writes UTF-8
    // whatever the locale says, so fall back to C.UTF-8 when the environment names none.
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
    return el_init(program, stdin, stdout, stderr);
}

void nq_el_end(EditLine *el) { el_end(el); }

int nq_el_set_clientdata(EditLine *el, void *data) { return el_wset(el, EL_CLIENTDATA, data); }

void *nq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int nq_el_set_prompt(EditLine *el, nq_prompt_fn fn, wchar_t ignore) {
    return el_wset(el, EL_PROMPT_ESC, fn, ignore);
}

int nq_el_set_editor(EditLine *el, const wchar_t *mode) { return el_wset(el, EL_EDITOR, mode); }

int nq_el_editor_is_vi(EditLine *el) {
    const wchar_t *mode = NULL;
    if (el_wget(el, EL_EDITOR, &mode) != 0 || mode == NULL) return 0;
    return wcscmp(mode, L"vi") == 0;
}

int nq_el_set_signal(EditLine *el, int on) { return el_wset(el, EL_SIGNAL, on); }

int nq_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help, nq_editor_fn fn) {
    // libedit keeps the name and help pointers (it does not copy them): give it copies that
    // live as long as the process (a few bytes per function).
    return el_wset(el, EL_ADDFN, wcsdup(name), wcsdup(help), fn);
}

int nq_el_bind(EditLine *el, const wchar_t *flag, const wchar_t *key, const wchar_t *command) {
    if (flag != NULL) return el_wset(el, EL_BIND, flag, key, command, (const wchar_t *)NULL);
    return el_wset(el, EL_BIND, key, command, (const wchar_t *)NULL);
}

int nq_el_setty_edit(EditLine *el, const wchar_t *setting) {
    return el_wset(el, EL_SETTY, L"-d", setting, (const wchar_t *)NULL);
}

int nq_el_set_history(EditLine *el, HistoryW *history) {
    return el_wset(el, EL_HIST, history_w, history);
}

int nq_el_source(EditLine *el, const char *path) { return el_source(el, path); }

const wchar_t *nq_el_gets(EditLine *el, int *count) { return el_wgets(el, count); }

const wchar_t *nq_el_line(EditLine *el, int *length, int *cursor) {
    const LineInfoW *info = el_wline(el);
    *length = (int)(info->lastchar - info->buffer);
    *cursor = (int)(info->cursor - info->buffer);
    return info->buffer;
}

int nq_el_insert(EditLine *el, const wchar_t *text) { return el_winsertstr(el, text); }

void nq_el_delete_before(EditLine *el, int n) { el_deletestr(el, n); }

void nq_el_replace_line(EditLine *el, const wchar_t *text) {
    const LineInfoW *info = el_wline(el);
    el_cursor(el, (int)(info->lastchar - info->cursor));
    info = el_wline(el);
    el_deletestr(el, (int)(info->cursor - info->buffer));
    el_winsertstr(el, text);
}

void nq_el_resize(EditLine *el) { el_resize(el); }

void nq_el_reset(EditLine *el) { el_reset(el); }

void nq_el_beep(EditLine *el) { el_beep(el); }

HistoryW *nq_history_init(int size, int unique) {
    HistoryW *history = history_winit();
    if (history == NULL) return NULL;
    HistEventW event;
    history_w(history, &event, H_SETSIZE, size);
    history_w(history, &event, H_SETUNIQUE, unique);
    return history;
}

void nq_history_end(HistoryW *history) { history_wend(history); }

int nq_history_enter(HistoryW *history, const wchar_t *entry) {
    HistEventW event;
    return history_w(history, &event, H_ENTER, entry);
}

void nq_history_clear(HistoryW *history) {
    HistEventW event;
    history_w(history, &event, H_CLEAR);
}

int nq_history_count(HistoryW *history) {
    HistEventW event;
    if (history_w(history, &event, H_GETSIZE) != 0) return 0;
    return event.num;
}
