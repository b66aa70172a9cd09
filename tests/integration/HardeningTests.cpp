// API hardening (migration 0020, db/extension/kohi_guard.c), attacked as a staff member with psql
// would: raw libpq connections as the staff role, and for the startup packet a client of its own.
//  - no PUBLIC EXECUTE on Kohi's functions or on SECURITY DEFINER functions anywhere (census);
//  - no large objects, no advisory locks, no DO blocks, no temporary objects for staff;
//  - the server functions that serialised on advisory locks still serialise, on locks nobody
//    else can take;
//  - protected settings cannot be changed (SET, SET LOCAL, RESET, ALTER ROLE/DATABASE SET,
//    set_config, UPDATE pg_settings, options=-c / PGOPTIONS, startup parameters), and a failed
//    call's My Number bind parameter stays out of the server log whatever the staff role tried.
#include "tests/integration/MyNumberScan.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <botan/hash.h>
#include <botan/mac.h>
#include <botan/pwdhash.h>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;

namespace {

const QStringList kAllDuties{u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s,
                             u"kohi_approver"_s,     u"kohi_mynumber_viewer"_s,
                             u"kohi_auditor"_s,      u"kohi_user_admin"_s};
const QString kGuardDetail = u"kohi_auth: protected setting"_s;

QString sqlList(const kohi::db::PgResult& r, const QString& column)
{
    QStringList out;
    for (int i = 0; i < r.rows.size(); ++i)
        out << r.value(i, column).toString();
    return out.join(u"\n  "_s);
}

// A 12-digit number with a valid My Number check digit (REFERENCE §2).
QString validMyNumber()
{
    static const int weights[11] = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    QString digits;
    int total = 0;
    for (int i = 0; i < 11; ++i) {
        const int d = QRandomGenerator::global()->bounded(i == 0 ? 1 : 0, 10);
        digits += QChar(u'0' + d);
        total += d * weights[i];
    }
    const int r = total % 11;
    digits += QChar(u'0' + (r <= 1 ? 0 : 11 - r));
    return digits;
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QByteArray sha256(const QByteArray& data)
{
    const auto h = Botan::HashFunction::create_or_throw("SHA-256");
    h->update(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    const auto d = h->final();
    return QByteArray(reinterpret_cast<const char*>(d.data()), int(d.size()));
}

QByteArray hexParam(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex();
}

// A libpq connection attempt as psql makes it; options empty: none (PGOPTIONS applies then).
struct Attempt
{
    bool connected = false;
    QString error;
};

Attempt connectWith(const QString& database, const QString& login, const QString& password,
                    const QString& options)
{
    const auto s = TestDatabase::instance().settings();
    const QByteArray host = s.host.toUtf8(), port = QByteArray::number(s.port),
                     db = database.toUtf8(), user = login.toUtf8(), pw = password.toUtf8(),
                     root = s.sslRootCert.toUtf8(), opts = options.toUtf8(),
                     cert = s.sslCert.toUtf8(), key = s.sslKey.toUtf8();
    std::vector<const char*> keys{
        "host",    "port",        "dbname",  "user",   "password",
        "sslmode", "sslrootcert", "sslcert", "sslkey", "application_name"};
    std::vector<const char*> values{
        host.constData(), port.constData(), db.constData(),   user.constData(), pw.constData(),
        "verify-full",    root.constData(), cert.constData(), key.constData(),  "psql"};
    if (!options.isNull()) {
        keys.push_back("options");
        values.push_back(opts.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* c = PQconnectdbParams(keys.data(), values.data(), 0);
    Attempt a{PQstatus(c) == CONNECTION_OK, QString::fromUtf8(PQerrorMessage(c))};
    PQfinish(c);
    return a;
}

// ------------------------------------------------------------------------------------------------
// A startup packet with parameters of our choosing (libpq sends only options, application_name
// and a few others): TLS, SCRAM-SHA-256, then the server's answer.

struct StartupOutcome
{
    bool ready = false; // ReadyForQuery: the session was established
    QString sqlstate;
    QString message;
    QString detail;
    QString failure; // the client's own problem (not the server's answer)
};

class Wire
{
public:
    explicit Wire(QSslSocket& s) : m_s(s) {}

    bool need(qsizetype n)
    {
        while (m_buf.size() < n) {
            if (m_s.bytesAvailable() == 0 && !m_s.waitForReadyRead(10000))
                return false;
            m_buf += m_s.readAll();
        }
        return true;
    }
    bool message(char& type, QByteArray& payload)
    {
        if (!need(5))
            return false;
        type = m_buf.at(0);
        const quint32 len = (quint32(uchar(m_buf.at(1))) << 24) |
                            (quint32(uchar(m_buf.at(2))) << 16) |
                            (quint32(uchar(m_buf.at(3))) << 8) | quint32(uchar(m_buf.at(4)));
        if (len < 4 || !need(1 + qsizetype(len)))
            return false;
        payload = m_buf.mid(5, qsizetype(len) - 4);
        m_buf.remove(0, 1 + qsizetype(len));
        return true;
    }

private:
    QSslSocket& m_s;
    QByteArray m_buf;
};

void putInt32(QByteArray& b, quint32 v)
{
    b += char(v >> 24);
    b += char(v >> 16);
    b += char(v >> 8);
    b += char(v);
}

quint32 int32At(const QByteArray& b, qsizetype at)
{
    return (quint32(uchar(b.at(at))) << 24) | (quint32(uchar(b.at(at + 1))) << 16) |
           (quint32(uchar(b.at(at + 2))) << 8) | quint32(uchar(b.at(at + 3)));
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    const auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(reinterpret_cast<const uint8_t*>(key.constData()), size_t(key.size()));
    mac->update(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    const auto d = mac->final();
    return QByteArray(reinterpret_cast<const char*>(d.data()), int(d.size()));
}

StartupOutcome rawStartup(const QString& database, const QString& login, const QString& password,
                          const QList<std::pair<QByteArray, QByteArray>>& parameters)
{
    StartupOutcome out;
    const auto settings = TestDatabase::instance().settings();
    QSslSocket sock;
    sock.connectToHost(settings.host, quint16(settings.port));
    if (!sock.waitForConnected(10000)) {
        out.failure = u"connect: "_s + sock.errorString();
        return out;
    }
    QByteArray sslRequest;
    putInt32(sslRequest, 8);
    putInt32(sslRequest, 80877103);
    sock.write(sslRequest);
    sock.waitForBytesWritten(10000);
    if (!sock.waitForReadyRead(10000) || sock.read(1) != "S") {
        out.failure = u"the server refused TLS"_s;
        return out;
    }
    // The server's identity is not what this test is about (libpq's verify-full is used
    // everywhere else); the connection is encrypted like every other.
    sock.setPeerVerifyMode(QSslSocket::VerifyNone);
    // The terminal's certificate, as every staff connection presents it (0023).
    {
        QFile certFile(settings.sslCert), keyFile(settings.sslKey);
        if (certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
            sock.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
            sock.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
        }
    }
    sock.startClientEncryption();
    if (!sock.waitForEncrypted(10000)) {
        out.failure = u"TLS: "_s + sock.errorString();
        return out;
    }

    auto send = [&](char type, const QByteArray& body) {
        QByteArray m;
        if (type)
            m += type;
        putInt32(m, quint32(body.size() + 4));
        m += body;
        sock.write(m);
        sock.flush();
    };
    QByteArray startup;
    putInt32(startup, 196608); // protocol 3.0
    startup += "user";
    startup += '\0';
    startup += login.toUtf8();
    startup += '\0';
    startup += "database";
    startup += '\0';
    startup += database.toUtf8();
    startup += '\0';
    for (const auto& [name, value] : parameters) {
        startup += name;
        startup += '\0';
        startup += value;
        startup += '\0';
    }
    startup += '\0';
    send(0, startup);

    const QByteArray nonce = randomBytes(18).toBase64();
    const QByteArray clientFirstBare = "n=,r=" + nonce;
    QByteArray authMessage;
    Wire wire(sock);
    for (;;) {
        char type = 0;
        QByteArray p;
        if (!wire.message(type, p)) {
            out.failure = u"the server closed the connection without an answer"_s;
            return out;
        }
        if (type == 'E') {
            for (qsizetype i = 0; i < p.size() && p.at(i) != '\0';) {
                const char field = p.at(i);
                const qsizetype end = p.indexOf('\0', i + 1);
                const QString text = QString::fromUtf8(p.mid(i + 1, end - i - 1));
                if (field == 'C')
                    out.sqlstate = text;
                else if (field == 'M')
                    out.message = text;
                else if (field == 'D')
                    out.detail = text;
                i = end + 1;
            }
            return out;
        }
        if (type == 'Z') {
            out.ready = true;
            send('X', {});
            sock.waitForBytesWritten(1000);
            return out;
        }
        if (type != 'R')
            continue; // ParameterStatus, BackendKeyData, notices
        const quint32 code = int32At(p, 0);
        if (code == 10) { // SASL: mechanisms offered
            QByteArray body = "SCRAM-SHA-256";
            body += '\0';
            const QByteArray first = "n,," + clientFirstBare;
            putInt32(body, quint32(first.size()));
            body += first;
            send('p', body);
        } else if (code == 11) { // SASL continue: server-first-message
            const QByteArray serverFirst = p.mid(4);
            QByteArray serverNonce, salt;
            int iterations = 0;
            for (const QByteArray& part : serverFirst.split(',')) {
                if (part.startsWith("r="))
                    serverNonce = part.mid(2);
                else if (part.startsWith("s="))
                    salt = QByteArray::fromBase64(part.mid(2));
                else if (part.startsWith("i="))
                    iterations = part.mid(2).toInt();
            }
            QByteArray salted(32, '\0');
            const QByteArray pw = password.toUtf8();
            Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-256)")
                ->from_iterations(size_t(iterations))
                ->derive_key(reinterpret_cast<uint8_t*>(salted.data()), 32, pw.constData(),
                             size_t(pw.size()), reinterpret_cast<const uint8_t*>(salt.constData()),
                             size_t(salt.size()));
            const QByteArray clientKey = hmacSha256(salted, "Client Key");
            const QByteArray storedKey = sha256(clientKey);
            const QByteArray finalNoProof = "c=biws,r=" + serverNonce;
            authMessage = clientFirstBare + ',' + serverFirst + ',' + finalNoProof;
            const QByteArray signature = hmacSha256(storedKey, authMessage);
            QByteArray proof = clientKey;
            for (int i = 0; i < proof.size(); ++i)
                proof[i] = char(proof.at(i) ^ signature.at(i));
            send('p', finalNoProof + ",p=" + proof.toBase64());
        } else if (code != 0 && code != 12) {
            out.failure = u"unexpected authentication request %1"_s.arg(code);
            return out;
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Asynchronous calls for the lock tests.

void sendAsync(RawConnection& c, const QString& sql, const QList<QByteArray>& params = {})
{
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    REQUIRE(PQsendQueryParams(c.conn(), sql.toUtf8().constData(), int(values.size()), nullptr,
                              values.data(), nullptr, nullptr, 0) == 1);
}

// Still waiting after `ms` milliseconds?
bool stillWaiting(RawConnection& c, int ms)
{
    QThread::msleep(ulong(ms));
    REQUIRE(PQconsumeInput(c.conn()) == 1);
    return PQisBusy(c.conn()) == 1;
}

struct AsyncResult
{
    bool ok = false;
    QString first; // first column of the first row
    QString second;
    QString error;
};

AsyncResult finish(RawConnection& c)
{
    AsyncResult out;
    while (PGresult* r = PQgetResult(c.conn())) {
        const ExecStatusType st = PQresultStatus(r);
        out.ok = st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK;
        out.error = QString::fromUtf8(PQresultErrorMessage(r));
        if (PQntuples(r) > 0) {
            out.first = QString::fromUtf8(PQgetvalue(r, 0, 0));
            if (PQnfields(r) > 1)
                out.second = QString::fromUtf8(PQgetvalue(r, 0, 1));
        }
        PQclear(r);
    }
    return out;
}

// Functions no staff role may execute (0020), as the database administrator lists them.
const QString kClosedBuiltins =
    u"p.pronamespace = 'pg_catalog'::regnamespace AND (p.proname LIKE 'lo\\_%'"
    " OR p.proname IN ('loread', 'lowrite') OR p.proname LIKE 'pg\\_%advisory\\_%'"
    " OR p.oid = 'pg_catalog.set_config(text, text, boolean)'::regprocedure)"_s;

// The census: functions PUBLIC may execute that it must not.
kohi::db::PgResult publicExecutable(kohi::db::Session& dba)
{
    const auto r = dba.exec(
        u"SELECT p.oid::regprocedure::text AS f FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE (n.nspname IN ('kohi', 'kohi_api', 'kohi_audit', 'kohi_meta')"
        "        OR (p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')))"
        "   AND (has_function_privilege('public', p.oid, 'EXECUTE')"
        "        OR EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', "
        "p.proowner))) a"
        "                   WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))"
        " ORDER BY 1"_s);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r;
}

// Built-ins a staff login (with every duty) may execute that it must not.
kohi::db::PgResult staffExecutableBuiltins(kohi::db::Session& dba, const QString& login)
{
    const auto r = dba.exec(u"SELECT p.oid::regprocedure::text AS f FROM pg_proc p WHERE "_s +
                                kClosedBuiltins +
                                u" AND has_function_privilege($1, p.oid, 'EXECUTE') ORDER BY 1"_s,
                            {login.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r;
}

// Protected parameters with a value each would accept (so that only the guard refuses).
const QList<std::pair<QString, QString>> kProtected{
    {u"statement_timeout"_s, u"0"_s},
    {u"lock_timeout"_s, u"0"_s},
    {u"idle_in_transaction_session_timeout"_s, u"0"_s},
    {u"idle_session_timeout"_s, u"0"_s},
    {u"log_parameter_max_length"_s, u"-1"_s},
    {u"log_parameter_max_length_on_error"_s, u"-1"_s},
    {u"log_statement"_s, u"none"_s},
    {u"log_min_error_statement"_s, u"panic"_s},
    {u"log_min_duration_statement"_s, u"0"_s},
    {u"debug_print_parse"_s, u"on"_s},
    {u"debug_pretty_print"_s, u"off"_s},
    {u"trace_notify"_s, u"on"_s},
    {u"trace_sort"_s, u"on"_s},
};

} // namespace

// ------------------------------------------------------------------------------------------------

TEST_CASE("no Kohi function and no SECURITY DEFINER function outside kohi_api is executable by "
          "PUBLIC, and staff get no large objects, advisory locks, set_config, plpgsql or TEMP "
          "(census)",
          "[security][privileges]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_priv_census"_s);
    auto& dba = db.dba();
    const auto staff = db.createStaff(u"prc_all"_s, kAllDuties);

    // The census finds what it is there to find: functions created by a superuser (no default
    // privileges: EXECUTE stays with PUBLIC), SECURITY DEFINER or not, in Kohi's schemas or
    // elsewhere; a function kohi_owner creates (its default privileges revoke PUBLIC) is fine.
    for (const QString& sql :
         {u"CREATE FUNCTION kohi_audit.census_probe_definer() RETURNS int LANGUAGE sql"
          " SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1'"_s,
          u"CREATE FUNCTION kohi.census_probe_plain() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s,
          u"CREATE FUNCTION public.census_probe_elsewhere() RETURNS int LANGUAGE sql"
          " SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1'"_s,
          u"SET ROLE kohi_owner"_s,
          u"CREATE FUNCTION kohi.census_probe_owner() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s,
          u"RESET ROLE"_s,
          u"GRANT EXECUTE ON FUNCTION pg_catalog.lo_create(oid) TO kohi_staff"_s}) {
        const auto r = dba.exec(sql);
        INFO(sql.toStdString() << ": " << r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }
    {
        const auto found = publicExecutable(dba);
        INFO("census with probes:\n  " << sqlList(found, u"f"_s).toStdString());
        CHECK(found.rows.size() == 3);
        const QString list = sqlList(found, u"f"_s);
        CHECK(list.contains(u"kohi_audit.census_probe_definer()"_s));
        CHECK(list.contains(u"kohi.census_probe_plain()"_s));
        CHECK(list.contains(u"census_probe_elsewhere()"_s));
        CHECK_FALSE(list.contains(u"census_probe_owner"_s));
        const auto builtins = staffExecutableBuiltins(dba, staff.login);
        CHECK(sqlList(builtins, u"f"_s) == u"lo_create(oid)"_s);
    }
    for (const QString& sql :
         {u"DROP FUNCTION kohi_audit.census_probe_definer()"_s,
          u"DROP FUNCTION kohi.census_probe_plain()"_s,
          u"DROP FUNCTION public.census_probe_elsewhere()"_s,
          u"DROP FUNCTION kohi.census_probe_owner()"_s,
          u"REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid) FROM kohi_staff"_s})
        REQUIRE(dba.exec(sql).ok);

    // The real database.
    {
        const auto found = publicExecutable(dba);
        INFO("functions PUBLIC may execute (revoke in a migration; grant per duty or to the "
             "owner instead):\n  "
             << sqlList(found, u"f"_s).toStdString());
        CHECK(found.rows.isEmpty());
    }
    {
        const auto builtins = staffExecutableBuiltins(dba, staff.login);
        INFO("large-object, advisory-lock or set_config functions a staff login may execute:\n  "
             << sqlList(builtins, u"f"_s).toStdString());
        CHECK(builtins.rows.isEmpty());
    }
    const auto counted =
        dba.exec(u"SELECT count(*) FILTER (WHERE p.proname LIKE 'lo%') AS lo,"
                 " count(*) FILTER (WHERE p.proname LIKE '%advisory%') AS adv,"
                 " (SELECT count(*) FROM pg_proc q JOIN pg_namespace n ON n.oid = q.pronamespace"
                 "  WHERE n.nspname IN ('kohi', 'kohi_api', 'kohi_audit', 'kohi_meta')) AS kohi"
                 " FROM pg_proc p WHERE "_s +
                 kClosedBuiltins);
    REQUIRE(counted.ok);
    CHECK(counted.first(u"lo"_s).toInt() >= 20);
    CHECK(counted.first(u"adv"_s).toInt() == 21);
    CHECK(counted.first(u"kohi"_s).toInt() > 100);

    const auto langs =
        dba.exec(u"SELECT has_language_privilege($1, 'plpgsql', 'USAGE') AS staff,"
                 " has_language_privilege('public', 'plpgsql', 'USAGE') AS public_usage,"
                 " has_language_privilege('kohi_owner', 'plpgsql', 'USAGE') AS owner,"
                 " has_language_privilege('kohi_audit_owner', 'plpgsql', 'USAGE') AS audit_owner,"
                 " has_database_privilege($1, current_database(), 'TEMP') AS temp,"
                 " has_database_privilege('public', current_database(), 'TEMP') AS public_temp,"
                 " has_database_privilege($1, current_database(), 'CREATE') AS create_schema"_s,
                 {staff.login.toUtf8()});
    REQUIRE(langs.ok);
    CHECK(langs.first(u"staff"_s).toString() == u"f"_s);
    CHECK(langs.first(u"public_usage"_s).toString() == u"f"_s);
    CHECK(langs.first(u"owner"_s).toString() == u"t"_s);
    CHECK(langs.first(u"audit_owner"_s).toString() == u"t"_s);
    CHECK(langs.first(u"temp"_s).toString() == u"f"_s);
    CHECK(langs.first(u"public_temp"_s).toString() == u"f"_s);
    CHECK(langs.first(u"create_schema"_s).toString() == u"f"_s);
}

TEST_CASE("a staff member can create no large object, take no advisory lock, run no DO block "
          "and create no temporary function",
          "[security][privileges]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_priv_attacks"_s);
    auto& dba = db.dba();
    const auto staff = db.createStaff(u"pra_all"_s, kAllDuties);
    RawConnection s(db.name(), staff.login, staff.password);
    int attacks = 0;
    auto refused = [&](const QString& sql, const QString& expected) {
        ++attacks;
        const ExecStatusType st = s.exec(sql);
        INFO(sql.toStdString() << " -> " << s.error().toStdString());
        CHECK(st == PGRES_FATAL_ERROR);
        CHECK(s.sqlstate() == u"42501"_s);
        CHECK(s.error().contains(expected));
    };
    for (const QString& sql :
         {u"SELECT lo_create(0)"_s, u"SELECT lo_from_bytea(0, 'x')"_s, u"SELECT lo_creat(-1)"_s,
          u"SELECT lo_import('/etc/hostname')"_s, u"SELECT lo_put(1, 0, 'x')"_s,
          u"SELECT lo_open(1, 131072)"_s, u"SELECT lo_get(1)"_s, u"SELECT lo_unlink(1)"_s})
        refused(sql, u"permission denied for function"_s);
    // Every advisory-lock function, with the keys the server functions used to take among them.
    const auto advisory = dba.exec(
        u"SELECT 'SELECT pg_catalog.' || p.proname || '(' ||"
        " CASE p.pronargs WHEN 0 THEN '' WHEN 1 THEN 'hashtext(''kohi-user-admin'')::bigint'"
        " ELSE '10011, 0' END || ')' AS sql"
        " FROM pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace"
        "   AND p.proname LIKE 'pg\\_%advisory\\_%' ORDER BY p.oid"_s);
    REQUIRE(advisory.ok);
    REQUIRE(advisory.rows.size() == 21);
    for (int i = 0; i < advisory.rows.size(); ++i)
        refused(advisory.value(i, u"sql"_s).toString(), u"permission denied for function"_s);
    refused(u"SELECT pg_advisory_xact_lock(10010, 42)"_s, u"permission denied for function"_s);
    // No code: a DO block that would swallow a refusal, a function in pg_temp, a temp table.
    refused(u"DO $$ BEGIN NULL; END $$"_s, u"permission denied for language plpgsql"_s);
    refused(u"DO $$ BEGIN PERFORM kohi_api.user_list(); EXCEPTION WHEN OTHERS THEN NULL; END $$"_s,
            u"permission denied for language plpgsql"_s);
    refused(u"CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s,
            u"permission denied to create temporary tables"_s);
    refused(u"CREATE FUNCTION pg_temp.g() RETURNS int LANGUAGE plpgsql AS"
            " 'BEGIN RETURN 1; END'"_s,
            u"permission denied"_s);
    refused(u"CREATE TEMP TABLE t (i int)"_s, u"permission denied to create temporary tables"_s);
    refused(u"CREATE TABLE public.t (i int)"_s, u"permission denied for schema public"_s);
    // Nothing was left behind, and the administrator still can (the refusals are the grants').
    const auto los = dba.exec(u"SELECT count(*) AS n FROM pg_largeobject_metadata"_s);
    REQUIRE(los.ok);
    CHECK(los.first(u"n"_s).toInt() == 0);
    CHECK(dba.exec(u"DO $$ BEGIN NULL; END $$"_s).ok);
    CHECK(dba.exec(u"SELECT pg_advisory_xact_lock(1) FROM (SELECT 1) x"_s).ok);
    WARN("privilege attacks tried as a staff role: " << attacks);
}

TEST_CASE("registrations, key ceremonies and user administration still serialise, on locks no "
          "staff member can take",
          "[security][locks]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_lock_rows"_s);
    auto& dba = db.dba();
    const auto clerk1 = db.createStaff(u"lck_c1"_s, {u"kohi_clerk_nanbyo"_s});
    const auto clerk2 = db.createStaff(u"lck_c2"_s, {u"kohi_clerk_nanbyo"_s});
    const auto viewer = db.createStaff(u"lck_v"_s, {u"kohi_mynumber_viewer"_s});
    const auto admin1 = db.createStaff(u"lck_a1"_s, {u"kohi_user_admin"_s});
    const auto admin2 = db.createStaff(u"lck_a2"_s, {u"kohi_user_admin"_s});
    const auto target1 = db.createStaff(u"lck_t1"_s, {u"kohi_clerk_boshi"_s});
    const auto target2 = db.createStaff(u"lck_t2"_s, {u"kohi_clerk_boshi"_s});

    // The My Number key (its shape only: nothing is decrypted here) and one 難病 recipient.
    const QByteArray publicKey = randomBytes(32);
    const QByteArray keyId = sha256(publicKey).left(16);
    QByteArray wrapped = randomBytes(105);
    wrapped[0] = 1;
    // Argon2id m = 64 MiB, t = 3, p = 1 (big-endian), the server's minimums since 0022.
    wrapped.replace(1, 12, QByteArray::fromHex("000100000000000300000001"));
    wrapped.replace(29, 16, keyId);
    RawConnection v(db.name(), viewer.login, viewer.password);
    v.ok(u"SELECT * FROM kohi_api.mynumber_key_create($1::bytea, $2, $3::bytea)"_s,
         {hexParam(publicKey), viewer.login.toUtf8(), hexParam(wrapped)});
    const auto rec = dba.exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code)"
        " VALUES ('54', '1234567', '施錠', '太郎', 'セジョウ', 'タロウ', '1960-01-01', 1,"
        " '大阪府', '272027') RETURNING id"_s);
    REQUIRE(rec.ok);
    const QByteArray recipientId = rec.first(u"id"_s).toByteArray();
    const QString registerSql =
        u"SELECT outcome, reason FROM kohi_api.mynumber_register($1, 'patient', NULL, NULL,"
        " current_date, $2::uuid, $3, $4::bytea, $5)"_s;
    auto registerParams = [&] {
        return QList<QByteArray>{recipientId,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(),
                                 // No envelope: the server seals the number itself (0025).
                                 keyId.toHex(), QByteArray(), validMyNumber().toLatin1()};
    };

    SECTION("two clerks register the same person's number at once: the second waits and is told "
            "the number is taken")
    {
        RawConnection a(db.name(), clerk1.login, clerk1.password);
        RawConnection b(db.name(), clerk2.login, clerk2.password);
        // A staff member cannot take the key registration used to serialise on.
        CHECK(b.exec(u"SELECT pg_advisory_lock(10010, hashint8($1::bigint))"_s, {recipientId}) ==
              PGRES_FATAL_ERROR);
        a.ok(u"BEGIN"_s);
        a.ok(registerSql, registerParams());
        CHECK(a.value() == u"ok"_s);
        sendAsync(b, registerSql, registerParams());
        CHECK(stillWaiting(b, 600));
        a.ok(u"COMMIT"_s);
        const AsyncResult second = finish(b);
        INFO(second.error.toStdString());
        CHECK(second.ok);
        CHECK(second.first == u"refused"_s);
        CHECK(second.second == u"role_taken"_s);
    }
    SECTION("a key ceremony in progress makes the next one wait, and only the owner's row lock "
            "does it")
    {
        RawConnection admin(db.name(), admin1.login, admin1.password);
        CHECK(admin.exec(u"SELECT pg_try_advisory_lock(10011, 0)"_s) == PGRES_FATAL_ERROR);
        // A rotation approved by a second person (0022), its envelopes fetched in an open
        // transaction: the ceremony is in progress.
        v.ok(u"SELECT proposal_id FROM kohi_api.mynumber_key_propose('rotate', NULL, false,"
             " 'test')"_s);
        const QByteArray proposal = v.value().toLatin1();
        RawConnection approver(db.name(), admin2.login, admin2.password);
        approver.ok(u"SELECT * FROM kohi_api.mynumber_key_approve($1::bigint, 'ok')"_s, {proposal});
        v.ok(u"BEGIN"_s);
        v.ok(u"SELECT count(*) FROM kohi_api.mynumber_rotation_envelopes()"_s);
        sendAsync(admin, u"SELECT kohi_api.mynumber_key_remove('nobody_here')"_s);
        CHECK(stillWaiting(admin, 600));
        v.ok(u"ROLLBACK"_s);
        // It waited for the ceremony; then it is refused on its own merits (no approval).
        const AsyncResult removed = finish(admin);
        INFO(removed.error.toStdString());
        CHECK_FALSE(removed.ok);
    }
    SECTION("user administration: a second administrator waits for the first")
    {
        RawConnection a(db.name(), admin1.login, admin1.password);
        RawConnection b(db.name(), admin2.login, admin2.password);
        CHECK(b.exec(u"SELECT pg_advisory_xact_lock(hashtext('kohi-user-admin'))"_s) ==
              PGRES_FATAL_ERROR);
        a.ok(u"BEGIN"_s);
        a.ok(u"SELECT kohi_api.user_unlock($1)"_s, {target1.login.toUtf8()});
        sendAsync(b, u"SELECT kohi_api.user_unlock($1)"_s, {target2.login.toUtf8()});
        CHECK(stillWaiting(b, 600));
        a.ok(u"COMMIT"_s);
        const AsyncResult unlocked = finish(b);
        INFO(unlocked.error.toStdString());
        CHECK(unlocked.ok);
    }
}

TEST_CASE(
    "a staff member cannot change a protected setting: SET, SET LOCAL, RESET, DEFAULT, "
    "ALTER ROLE/DATABASE SET, set_config, UPDATE pg_settings, while other settings still work",
    "[security][guard]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_guard_settings"_s);
    auto& dba = db.dba();
    const auto staff = db.createStaff(u"grd_set"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection s(db.name(), staff.login, staff.password);
    int attempts = 0;
    for (const auto& [name, value] : kProtected) {
        s.ok(u"SHOW "_s + name);
        const QString before = s.value();
        const QString assign = name + u" = '"_s + value + u"'"_s;
        const QList<std::pair<QString, QString>> viaGuard{
            {u"SET "_s + assign, {}},
            {u"SET SESSION "_s + assign, {}},
            {u"SET \""_s + name.toUpper() + u"\" = '"_s + value + u"'"_s, {}},
            {u"SET "_s + name + u" TO DEFAULT"_s, {}},
            {u"SET "_s + name + u" FROM CURRENT"_s, {}},
            {u"RESET "_s + name, {}},
            {u"SET LOCAL "_s + assign, u"in a transaction"_s},
            {u"ALTER ROLE CURRENT_USER SET "_s + assign, {}},
            {u"ALTER ROLE CURRENT_USER RESET "_s + name, {}},
            {u"ALTER ROLE CURRENT_USER IN DATABASE "_s + db.name() + u" SET "_s + assign, {}},
            {u"ALTER DATABASE "_s + db.name() + u" SET "_s + assign, {}},
            {u"ALTER DATABASE "_s + db.name() + u" RESET "_s + name, {}}};
        for (const auto& [sql, inTransaction] : viaGuard) {
            ++attempts;
            if (!inTransaction.isEmpty())
                s.ok(u"BEGIN"_s);
            const ExecStatusType st = s.exec(sql);
            INFO(sql.toStdString() << " -> " << s.error().toStdString());
            CHECK(st == PGRES_FATAL_ERROR);
            CHECK(s.sqlstate() == u"42501"_s);
            CHECK(s.error().contains(kGuardDetail));
            if (!inTransaction.isEmpty())
                s.ok(u"ROLLBACK"_s);
        }
        for (const QString& sql :
             {u"SELECT set_config($1, $2, false)"_s, u"SELECT set_config($1, $2, true)"_s,
              u"UPDATE pg_settings SET setting = $2 WHERE name = $1"_s}) {
            ++attempts;
            const ExecStatusType st = s.exec(sql, {name.toUtf8(), value.toUtf8()});
            INFO(sql.toStdString()
                 << " (" << name.toStdString() << ") -> " << s.error().toStdString());
            CHECK(st == PGRES_FATAL_ERROR);
            CHECK(s.sqlstate() == u"42501"_s);
            CHECK(s.error().contains(u"permission denied for function set_config"_s));
        }
        s.ok(u"SHOW "_s + name);
        CHECK(s.value() == before);
    }
    // Nothing was stored for the role. (0019's sealer stores the staff limits for every staff
    // role IN DATABASE, as a superuser: those positive timeouts are expected.)
    const auto own = dba.exec(
        u"SELECT coalesce(string_agg(c, ','), '') AS c FROM pg_db_role_setting s,"
        " unnest(s.setconfig) c WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = $1)"
        " AND c !~ '^(statement_timeout|lock_timeout|idle_in_transaction_session_timeout|"
        "idle_session_timeout)=[1-9]'"_s,
        {staff.login.toUtf8()});
    REQUIRE(own.ok);
    CHECK(own.first(u"c"_s).toString() == QString());
    // ALTER ROLE ... SET is refused for any parameter, not only protected ones.
    ++attempts;
    CHECK(s.exec(u"ALTER ROLE CURRENT_USER SET application_name = 'x'"_s) == PGRES_FATAL_ERROR);
    CHECK(s.error().contains(kGuardDetail));

    // Unprotected parameters: as before.
    s.ok(u"SET application_name = 'kohi-guard-ok'"_s);
    s.ok(u"SHOW application_name"_s);
    CHECK(s.value() == u"kohi-guard-ok"_s);
    s.ok(u"SET work_mem = '8MB'"_s);
    s.ok(u"BEGIN"_s);
    s.ok(u"SET LOCAL work_mem = '16MB'"_s);
    s.ok(u"ROLLBACK"_s);
    s.ok(u"RESET work_mem"_s);
    s.ok(u"SET client_min_messages = warning"_s);
    s.ok(u"SET bytea_output = hex"_s);
    s.ok(u"RESET ALL"_s);
    s.ok(u"SELECT count(*) FROM kohi_api.recipient_counts()"_s);

    // The database administrator is not restricted.
    REQUIRE(dba.exec(u"SET statement_timeout = '7s'"_s).ok);
    CHECK(dba.exec(u"SHOW statement_timeout"_s).rows.value(0).value(0).toString() == u"7s"_s);
    REQUIRE(dba.exec(u"RESET statement_timeout"_s).ok);
    CHECK(dba.exec(u"SELECT set_config('lock_timeout', '2s', false)"_s).ok);
    REQUIRE(dba.exec(u"ALTER ROLE "_s + staff.login + u" SET work_mem = '9MB'"_s).ok);
    REQUIRE(dba.exec(u"ALTER ROLE "_s + staff.login + u" RESET work_mem"_s).ok);
    WARN("protected-setting attempts as a staff role: " << attempts);
    CHECK(attempts == int(kProtected.size()) * 15 + 1);
}

TEST_CASE("a staff connection that sets a protected parameter at startup is refused "
          "(options=-c, PGOPTIONS, startup parameters), without counting as a failed login",
          "[security][guard]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_guard_startup"_s);
    auto& dba = db.dba();
    const auto staff = db.createStaff(u"grd_start"_s, {u"kohi_clerk_nanbyo"_s});
    int refusals = 0;
    auto refusedWith = [&](const QString& options) {
        ++refusals;
        const Attempt a = connectWith(db.name(), staff.login, staff.password, options);
        INFO("options=" << options.toStdString() << " -> " << a.error.toStdString());
        CHECK_FALSE(a.connected);
        CHECK(a.error.contains(u"FATAL"_s));
        CHECK(a.error.contains(kGuardDetail));
    };
    for (const auto& [name, value] : kProtected) {
        QString dashed = name;
        dashed.replace(u'_', u'-');
        refusedWith(u"-c "_s + name + u'=' + value);
        refusedWith(u"-c"_s + name.toUpper() + u'=' + value);
        refusedWith(u"--"_s + dashed + u'=' + value);
        refusedWith(u"-c work_mem=2MB -P -c "_s + dashed + u'=' + value);
        refusedWith(u"-Pc "_s + name + u'=' + value);
    }
    // PGOPTIONS, as psql users set it.
    qputenv("PGOPTIONS", "-c log_parameter_max_length_on_error=-1");
    refusedWith(QString());
    qunsetenv("PGOPTIONS");

    // The protocol's own startup parameters (a client other than libpq can send any name).
    for (const auto& [name, value] : kProtected) {
        ++refusals;
        const StartupOutcome o =
            rawStartup(db.name(), staff.login, staff.password, {{name.toUtf8(), value.toUtf8()}});
        INFO(name.toStdString() << ": " << o.failure.toStdString() << o.message.toStdString());
        CHECK(o.failure.isEmpty());
        CHECK_FALSE(o.ready);
        CHECK(o.sqlstate == u"42501"_s);
        CHECK(o.detail == kGuardDetail);
    }
    {
        // The same client gets in with an unprotected startup parameter: it is the parameter that
        // is refused, not the client.
        const StartupOutcome o = rawStartup(db.name(), staff.login, staff.password,
                                            {{"work_mem", "5MB"}, {"application_name", "raw"}});
        INFO(o.failure.toStdString() << o.message.toStdString());
        CHECK(o.ready);
        const StartupOutcome upper =
            rawStartup(db.name(), staff.login, staff.password, {{"Statement_Timeout", "0"}});
        CHECK_FALSE(upper.ready);
        CHECK(upper.detail == kGuardDetail);
    }

    // Unprotected options still work, and the administrator may set protected ones.
    {
        const Attempt a = connectWith(db.name(), staff.login, staff.password,
                                      u"-c work_mem=3MB -c application_name=guarded"_s);
        INFO(a.error.toStdString());
        CHECK(a.connected);
        qputenv("PGOPTIONS", "-c work_mem=3MB");
        const Attempt b = connectWith(db.name(), staff.login, staff.password, QString());
        qunsetenv("PGOPTIONS");
        CHECK(b.connected);
    }
    // None of these counted toward the lockout: the password was right every time.
    const auto status = dba.exec(u"SELECT failures, locked FROM kohi.kohi_auth_status($1)"_s,
                                 {staff.login.toUtf8()});
    REQUIRE(status.ok);
    CHECK(status.first(u"locked"_s).toString() != u"t"_s);
    CHECK(status.first(u"failures"_s).toInt() == 0);
    RawConnection fine(db.name(), staff.login, staff.password);
    fine.ok(u"SHOW log_parameter_max_length_on_error"_s);
    CHECK(fine.value() == u"0"_s); // the database's value, not one of the refused ones
    WARN("startup refusals: " << refusals);
    CHECK(refusals == int(kProtected.size()) * 6 + 1);
}

TEST_CASE("a failed call's My Number bind parameter stays out of the server log after the staff "
          "role tried to switch parameter logging on",
          "[security][guard][scan]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_guard_logscan"_s);
    auto& dba = db.dba();
    const auto approver = db.createStaff(u"grd_log"_s, {u"kohi_approver"_s});

    // Every way a staff role has to switch parameter logging on: all refused.
    CHECK_FALSE(connectWith(db.name(), approver.login, approver.password,
                            u"-c log_parameter_max_length_on_error=-1"_s)
                    .connected);
    RawConnection s(db.name(), approver.login, approver.password);
    for (
        const QString& sql :
        {u"SET log_parameter_max_length_on_error = -1"_s, u"SET log_parameter_max_length = -1"_s,
         u"SELECT set_config('log_parameter_max_length_on_error', '-1', false)"_s,
         u"UPDATE pg_settings SET setting = '-1' WHERE name = 'log_parameter_max_length_on_error'"_s,
         u"ALTER ROLE CURRENT_USER SET log_parameter_max_length_on_error = -1"_s})
        CHECK(s.exec(sql) == PGRES_FATAL_ERROR);
    s.ok(u"BEGIN"_s);
    CHECK(s.exec(u"SET LOCAL log_parameter_max_length_on_error = -1"_s) == PGRES_FATAL_ERROR);
    s.ok(u"ROLLBACK"_s);
    s.ok(u"SHOW log_parameter_max_length_on_error"_s);
    CHECK(s.value() == u"0"_s);

    // A failed call carrying a number as a bind parameter (no such registration).
    const QString staffNumber = validMyNumber();
    CHECK(s.exec(u"SELECT * FROM kohi_api.mynumber_confirm($1::bigint, $2)"_s,
                 {"-1", staffNumber.toLatin1()}) == PGRES_FATAL_ERROR);
    CHECK(s.sqlstate() == u"22023"_s);

    // Control: where the setting is allowed (the administrator's own session), the same failed
    // call does put its number into the log, and the scan finds it.
    QString adminNumber = validMyNumber();
    while (adminNumber == staffNumber)
        adminNumber = validMyNumber();
    REQUIRE(dba.exec(u"SET log_parameter_max_length_on_error = -1"_s).ok);
    CHECK_FALSE(dba.exec(u"SELECT * FROM kohi_api.mynumber_confirm($1::bigint, $2)"_s,
                         {"-1", adminNumber.toLatin1()})
                    .ok);
    REQUIRE(dba.exec(u"RESET log_parameter_max_length_on_error"_s).ok);

    const QString marker = u"kohi-guard-marker-"_s + QUuid::createUuid().toString(QUuid::Id128);
    s.ok(u"SELECT '"_s + marker + u"'"_s);
    QFile f(TestDatabase::instance().dataDirectory() + u"/data/log/postgresql.log"_s);
    QString text;
    for (int i = 0; i < 100 && !text.contains(marker); ++i) {
        QThread::msleep(100);
        f.close();
        REQUIRE(f.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(f.readAll());
    }
    REQUIRE(text.contains(marker));
    // This database's records (log_line_prefix "%m [%p] %u@%d %r "; continuation lines belong to
    // the record above them).
    static const QRegularExpression recordStart(uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)"_s);
    const QString tag = u"@"_s + db.name() + u' ';
    QString ours;
    bool inOurs = false;
    for (const QString& line : text.split(u'\n')) {
        if (recordStart.match(line).hasMatch())
            inOurs = line.contains(tag);
        if (inOurs)
            ours += line + u'\n';
    }
    CHECK(ours.contains(kGuardDetail));
    CHECK(ours.contains(u"mynumber_confirm"_s));
    QStringList found;
    for (const auto& finding : kohi::test::findMyNumbers(ours))
        found << finding.context;
    INFO("My Numbers in this database's server log records:\n  "
         << found.join(u"\n  "_s).toStdString());
    CHECK(ours.contains(adminNumber)); // the control: the scan would see a leak
    CHECK_FALSE(found.isEmpty());
    CHECK_FALSE(ours.contains(staffNumber));
}

TEST_CASE("migration 0020 removes protected role settings staff made before the guard existed",
          "[security][guard][migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    // A database at 0019, with a staff member's settings as they could have made them then.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source =
        TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s;
    const QStringList files = QDir(source).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.contains(u"0020_api_hardening.sql"_s));
    for (const QString& file : files)
        if (file < u"0020"_s)
            REQUIRE(QFile::copy(source + u'/' + file, dir.filePath(file)));
    FreshDatabase db(u"kohi_guard_upgrade"_s, dir.path());
    auto& dba = db.dba();
    const auto staff = db.createStaff(u"grd_up"_s, {u"kohi_clerk_nanbyo"_s});
    for (const QString& sql :
         {u"ALTER ROLE "_s + staff.login + u" SET log_parameter_max_length_on_error = -1"_s,
          u"ALTER ROLE "_s + staff.login + u" SET debug_print_plan = on"_s,
          u"ALTER ROLE "_s + staff.login + u" SET work_mem = '6MB'"_s,
          u"ALTER ROLE "_s + staff.login + u" IN DATABASE "_s + db.name() +
              u" SET trace_notify = on"_s}) {
        // The server applies the staff session limits to a new role in the background (0019);
        // an ALTER ROLE at the same moment can meet "tuple concurrently updated": run it again.
        auto r = dba.exec(sql);
        for (int attempt = 0; !r.ok && r.errorMessage.contains(u"concurrently"_s) && attempt < 5;
             ++attempt) {
            QThread::msleep(200);
            r = dba.exec(sql);
        }
        INFO(sql.toStdString() << ": " << r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }

    const auto migrated = runAdmin({u"migrate"_s}, db.name());
    INFO(migrated.err.toStdString());
    REQUIRE(migrated.exitCode == 0);
    CHECK(migrated.out.contains(u"0020_api_hardening"_s));
    const auto left = dba.exec(
        u"SELECT coalesce(string_agg(c, ',' ORDER BY c), '') AS c FROM pg_db_role_setting s,"
        " unnest(s.setconfig) c"
        " WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = $1) AND s.setdatabase = 0"_s,
        {staff.login.toUtf8()});
    REQUIRE(left.ok);
    CHECK(left.first(u"c"_s).toString() == u"work_mem=6MB"_s);
    const auto inDatabase = dba.exec(
        u"SELECT count(*) AS n FROM pg_db_role_setting s, unnest(s.setconfig) c"
        " WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = $1)"
        "   AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())"
        "   AND c LIKE 'trace%'"_s,
        {staff.login.toUtf8()});
    REQUIRE(inDatabase.ok);
    CHECK(inDatabase.first(u"n"_s).toInt() == 0);
    RawConnection s(db.name(), staff.login, staff.password);
    s.ok(u"SHOW log_parameter_max_length_on_error"_s);
    CHECK(s.value() == u"0"_s);
}
