/*
 * kohi_guard.c — protected settings: what a staff member may not change about their own session.
 *
 * Any role may SET user-settable parameters, store them as its own defaults (ALTER ROLE <self>
 * SET) or send them in the startup packet (options=-c name=value, PGOPTIONS). Some of them
 * decide what the server records and how long a session may hold things:
 *   - log_parameter_max_length_on_error = -1 put a failed call's My Number bind parameter into
 *     the server log (seen in Kohi's tests); every log_*, debug_* and trace_* parameter likewise
 *     decides what reaches the log (most are superuser-only already; all are refused here);
 *   - statement_timeout, lock_timeout, idle_in_transaction_session_timeout and
 *     idle_session_timeout are the staff session limits (kohi.setting, set per staff role by the
 *     audit sealer, migration 0019): set to 0 they let a session run, wait or hold locks forever.
 * For sessions whose session user is not a superuser this file refuses (errcode 42501, detail
 * "kohi_auth: protected setting"):
 *   - SET, SET LOCAL, SET ... TO DEFAULT, SET ... FROM CURRENT and RESET of a protected parameter
 *     (ProcessUtility_hook; RESET ALL and DISCARD ALL stay allowed: they only restore the values
 *     the session started with, which come from the server's, the database's and the role's
 *     settings, never from the client, see below);
 *   - ALTER ROLE ... SET/RESET and ALTER DATABASE ... SET/RESET of any parameter (staff have no
 *     business storing defaults; Kohi's own role settings are made by superuser sessions);
 *   - a connection whose startup packet sets a protected parameter, either as a startup
 *     parameter of its own or in the options string (-c name=value, --name=value, also bundled
 *     after other switches; names case-insensitive, '-' the same as '_'), FATAL at
 *     authentication (ClientAuthentication_hook, chained after kohi_auth's lockout hook).
 * set_config() (and UPDATE pg_settings, which calls it) is closed by migration 0020, which
 * revokes its EXECUTE from PUBLIC. Superuser sessions (the database administrator, the sealer
 * worker, migrations) are not restricted. client_min_messages is not protected: it changes what
 * the client is sent, not what the server logs.
 */
#include "postgres.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "catalog/pg_authid.h"
#include "lib/stringinfo.h"
#include "libpq/auth.h"
#include "libpq/libpq-be.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "nodes/pg_list.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/syscache.h"

#include "kohi_auth.h"

static ProcessUtility_hook_type kohi_guard_prev_utility = NULL;
static ClientAuthentication_hook_type kohi_guard_prev_client_auth = NULL;

static const char* const kohi_guard_exact[] = {"statement_timeout", "lock_timeout",
                                               "idle_in_transaction_session_timeout",
                                               "idle_session_timeout", NULL};
static const char* const kohi_guard_prefixes[] = {"log_", "debug_", "trace_", NULL};

#define KOHI_GUARD_DETAIL "kohi_auth: protected setting"

/*
 * Is the parameter protected? Compared as the server finds parameters: case-insensitively, and
 * with '-' as '_' (the server's own spelling for options given as --name=value or -c name=value).
 * len < 0: name is NUL-terminated.
 */
static bool kohi_guard_is_protected(const char* name, int len)
{
    char buf[NAMEDATALEN * 2];
    int n = 0;

    if (name == NULL)
        return false;
    if (len < 0)
        len = (int)strlen(name);
    if (len >= (int)sizeof(buf))
        len = (int)sizeof(buf) - 1; /* longer than any real parameter; prefixes still match */
    for (; n < len; n++) {
        char c = name[n];

        buf[n] = c == '-' ? '_' : (char)pg_ascii_tolower((unsigned char)c);
    }
    buf[n] = '\0';
    for (int i = 0; kohi_guard_exact[i] != NULL; i++)
        if (strcmp(buf, kohi_guard_exact[i]) == 0)
            return true;
    for (int i = 0; kohi_guard_prefixes[i] != NULL; i++)
        if (strncmp(buf, kohi_guard_prefixes[i], strlen(kohi_guard_prefixes[i])) == 0)
            return true;
    return false;
}

/* The session user (not the current user: SECURITY DEFINER functions change that) is no
 * superuser. */
static bool kohi_guard_restricted(void)
{
    Oid session_user = GetSessionUserId();

    return OidIsValid(session_user) && !superuser_arg(session_user);
}

/* ---------------------------------------------------------------------------------------------
 * SET / RESET / ALTER ROLE ... SET / ALTER DATABASE ... SET
 * ------------------------------------------------------------------------------------------- */

static void kohi_guard_refuse_parameter(const char* name)
{
    ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                    errmsg("パラメータ「%s」は変更できません（保護された設定です）。", name),
                    errdetail(KOHI_GUARD_DETAIL)));
}

static void kohi_guard_check_variable_set(const VariableSetStmt* stmt)
{
    switch (stmt->kind) {
    case VAR_SET_VALUE:
    case VAR_SET_DEFAULT:
    case VAR_SET_CURRENT:
    case VAR_RESET:
        if (kohi_guard_is_protected(stmt->name, -1))
            kohi_guard_refuse_parameter(stmt->name);
        break;
    case VAR_SET_MULTI: /* SET TRANSACTION ..., SET SESSION CHARACTERISTICS ... */
    case VAR_RESET_ALL: /* back to the session's start values: see the file comment */
        break;
    }
}

static void kohi_guard_utility(PlannedStmt* pstmt, const char* queryString, bool readOnlyTree,
                               ProcessUtilityContext context, ParamListInfo params,
                               QueryEnvironment* queryEnv, DestReceiver* dest, QueryCompletion* qc)
{
    Node* parsetree = pstmt->utilityStmt;

    if (parsetree != NULL && kohi_guard_restricted()) {
        switch (nodeTag(parsetree)) {
        case T_VariableSetStmt:
            kohi_guard_check_variable_set((const VariableSetStmt*)parsetree);
            break;
        case T_AlterRoleSetStmt:
            ereport(ERROR,
                    (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                     errmsg("ロールの既定の設定（ALTER ROLE ... SET / RESET）は変更できません。"),
                     errdetail(KOHI_GUARD_DETAIL)));
            break;
        case T_AlterDatabaseSetStmt:
            ereport(ERROR,
                    (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                     errmsg("データベースの既定の設定（ALTER DATABASE ... SET / RESET）は変更"
                            "できません。"),
                     errdetail(KOHI_GUARD_DETAIL)));
            break;
        default:
            break;
        }
    }

    if (kohi_guard_prev_utility)
        kohi_guard_prev_utility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest,
                                qc);
    else
        standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest,
                                qc);
}

/* ---------------------------------------------------------------------------------------------
 * Startup packet
 * ------------------------------------------------------------------------------------------- */

static void kohi_guard_refuse_startup(const char* name, int len)
{
    ereport(FATAL, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                    errmsg("接続時にパラメータ「%.*s」は指定できません（保護された設定です）。",
                           len, name),
                    errdetail(KOHI_GUARD_DETAIL)));
}

/* name=value as given to -c or --: the name part. */
static void kohi_guard_check_assignment(const char* arg)
{
    const char* eq = strchr(arg, '=');
    int len = eq ? (int)(eq - arg) : (int)strlen(arg);

    if (kohi_guard_is_protected(arg, len))
        kohi_guard_refuse_startup(arg, len);
}

/*
 * The options string as the server reads it: split like pg_split_opts() (white space separates,
 * a backslash takes the next character literally), then the switches like getopt() with
 * process_postgres_switches()'s option letters (PostgreSQL 15). Only -c and -- set arbitrary
 * parameters; the other letters set fixed ones, all superuser-only or harmless (-d, -s and -t
 * set superuser-only log parameters and fail for non-superusers by themselves).
 */
static void kohi_guard_check_cmdline(const char* options)
{
    static const char* const optstring = "B:bc:C:D:d:EeFf:h:ijk:lN:nOPp:r:S:sTt:v:W:-:";
    StringInfoData token;
    List* tokens = NIL;
    const char* p = options;
    int ntok;

    initStringInfo(&token);
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        if (*p == '\0')
            break;
        resetStringInfo(&token);
        while (*p && !isspace((unsigned char)*p)) {
            if (*p == '\\' && p[1] != '\0')
                p++;
            appendStringInfoChar(&token, *p++);
        }
        tokens = lappend(tokens, pstrdup(token.data));
    }
    pfree(token.data);

    ntok = list_length(tokens);
    for (int i = 0; i < ntok; i++) {
        const char* t = (const char*)list_nth(tokens, i);

        if (t[0] != '-' || t[1] == '\0')
            continue; /* not an option; the server refuses it itself */
        if (t[1] == '-' && t[2] == '\0')
            break; /* "--": end of options for getopt */
        for (int j = 1; t[j] != '\0'; j++) {
            const char* spec = strchr(optstring, t[j]);
            const char* arg;

            if (spec == NULL || t[j] == ':')
                break; /* unknown switch: the server refuses the connection itself */
            if (spec[1] != ':')
                continue; /* a flag; the next letter is another switch */
            /* Takes an argument: the rest of this token, or the next token. */
            if (t[j + 1] != '\0')
                arg = t + j + 1;
            else if (i + 1 < ntok)
                arg = (const char*)list_nth(tokens, ++i);
            else
                arg = "";
            if (t[j] == 'c' || t[j] == '-')
                kohi_guard_check_assignment(arg);
            break;
        }
    }
    list_free_deep(tokens);
}

static bool kohi_guard_role_is_superuser(const char* role)
{
    HeapTuple tup = SearchSysCache1(AUTHNAME, CStringGetDatum(role));
    bool result = false;

    if (HeapTupleIsValid(tup)) {
        result = ((Form_pg_authid)GETSTRUCT(tup))->rolsuper;
        ReleaseSysCache(tup);
    }
    return result;
}

static void kohi_guard_client_auth(Port* port, int status)
{
    /* kohi_auth's lockout first: a locked account is refused as locked. */
    if (kohi_guard_prev_client_auth)
        kohi_guard_prev_client_auth(port, status);

    if (status != STATUS_OK || port == NULL || port->user_name == NULL)
        return; /* the server refuses a failed authentication itself */
    if (kohi_guard_role_is_superuser(port->user_name))
        return;

    /* Startup parameters other than user, database, options, replication: "name", "value". */
    for (int i = 0; i + 1 < list_length(port->guc_options); i += 2) {
        const char* name = (const char*)list_nth(port->guc_options, i);

        if (kohi_guard_is_protected(name, -1))
            kohi_guard_refuse_startup(name, (int)strlen(name));
    }
    if (port->cmdline_options != NULL)
        kohi_guard_check_cmdline(port->cmdline_options);
}

/* ---------------------------------------------------------------------------------------------
 * Module load (called at the end of kohi_auth's _PG_init, in the postmaster)
 * ------------------------------------------------------------------------------------------- */

void kohi_guard_init(void)
{
    kohi_guard_prev_utility = ProcessUtility_hook;
    ProcessUtility_hook = kohi_guard_utility;
    kohi_guard_prev_client_auth = ClientAuthentication_hook;
    ClientAuthentication_hook = kohi_guard_client_auth;
}
