#include "tests/support/TestDatabase.h"

#include "tests/support/FreshDatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace kohi::test {

namespace {
QHash<QString, QString> readKeyValues(const QString& path)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}
} // namespace

TestDatabase& TestDatabase::instance()
{
    static TestDatabase db;
    return db;
}

TestDatabase::TestDatabase()
{
    m_envFile = qEnvironmentVariable("KOHI_TEST_ENV");
    m_values = readKeyValues(m_envFile);
    const QHash<QString, QString>& env = m_values;
    if (env.isEmpty())
        return;
    m_settings.host = env.value(u"PGHOST"_s);
    m_settings.port = env.value(u"PGPORT"_s).toInt();
    m_settings.database = env.value(u"PGDATABASE"_s);
    m_settings.sslRootCert = env.value(u"PGSSLROOTCERT"_s);
    // The run's terminal certificate (tests/support/test-cluster.sh): staff connect only with it.
    m_settings.sslCert = env.value(u"PGSSLCERT"_s);
    m_settings.sslKey = env.value(u"PGSSLKEY"_s);
    m_settings.terminalId = u"test-terminal"_s;
    m_settings.applicationName = u"kohi-test"_s;
    m_dir = env.value(u"KOHI_LOCALDB_DIR"_s);
    QFile pgpass(env.value(u"PGPASSFILE"_s));
    if (pgpass.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = pgpass.readLine().trimmed().split(':');
        if (fields.size() >= 5)
            m_adminPassword = QString::fromUtf8(fields.at(4));
    }
    m_available = !m_adminPassword.isEmpty();
}

std::unique_ptr<db::Session> TestDatabase::admin(const QString& database) const
{
    db::ConnectionSettings settings = m_settings;
    if (!database.isEmpty())
        settings.database = database;
    auto session = std::make_unique<db::Session>(settings);
    if (!session->open(u"kohi_dba"_s, m_adminPassword).ok())
        return nullptr;
    return session;
}

std::unique_ptr<db::Session> TestDatabase::connect(const QString& role, const QString& password,
                                                   db::Session::LoginResult* result) const
{
    auto session = std::make_unique<db::Session>(m_settings);
    const db::Session::LoginResult r = session->open(role, password);
    if (result)
        *result = r;
    if (!r.ok())
        return nullptr;
    return session;
}

TestDatabase::Terminal TestDatabase::issueTerminal(const QString& id, bool revealsAllowed,
                                                   const QString& database) const
{
    static QAtomicInt counter;
    const QString dir = u"%1/terminal/%2-%3"_s.arg(m_dir)
                            .arg(counter.fetchAndAddRelaxed(1))
                            .arg(QRandomGenerator::global()->bounded(100000000));
    REQUIRE(QDir().mkpath(dir));
    Terminal t{id, dir + u"/terminal.crt"_s, dir + u"/terminal.key"_s, {}};
    QStringList args{u"terminal"_s, u"issue"_s, id, u"--cert"_s, t.cert, u"--key"_s, t.key};
    if (revealsAllowed)
        args << u"--reveals"_s;
    const AdminRun run = runAdmin(args, database);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const QString& line : run.out.split(u'\n'))
        if (line.startsWith(u"serial="_s))
            t.serial = line.mid(7).trimmed();
    REQUIRE_FALSE(t.serial.isEmpty());
    return t;
}

db::ConnectionSettings TestDatabase::settingsFor(const Terminal& terminal) const
{
    db::ConnectionSettings s = m_settings;
    s.sslCert = terminal.cert;
    s.sslKey = terminal.key;
    s.terminalId = terminal.id;
    return s;
}

std::unique_ptr<db::Session> TestDatabase::connect(const QString& role, const QString& password,
                                                   const Terminal& terminal) const
{
    auto session = std::make_unique<db::Session>(settingsFor(terminal));
    const db::Session::LoginResult r = session->open(role, password);
    INFO(r.serverText.toStdString());
    REQUIRE(r.ok());
    return session;
}

void TestDatabase::registerRunTerminal(db::Session& dba)
{
    const db::PgResult has =
        dba.exec(u"SELECT to_regclass('kohi.terminal_certificate') IS NOT NULL AS has"_s);
    REQUIRE(has.ok);
    if (has.first(u"has"_s).toString() != u"t"_s)
        return;
    static const db::PgResult row = [] {
        auto main = instance().admin();
        REQUIRE(main);
        return main->exec(u"SELECT terminal_id, serial, fingerprint, subject, not_before::text,"
                          " not_after::text FROM kohi.terminal_certificate"
                          " WHERE terminal_id = 'test-terminal' AND revoked_at IS NULL"_s);
    }();
    REQUIRE(row.ok);
    REQUIRE(row.rows.size() == 1);
    QList<QByteArray> params;
    for (const QString& column : {u"terminal_id"_s, u"serial"_s, u"fingerprint"_s, u"subject"_s,
                                  u"not_before"_s, u"not_after"_s})
        params << row.first(column).toString().toUtf8();
    // Since 0032 a reveal terminal also needs a second person's approval; the database
    // administrator's registration counts as approved (as kohi-admin terminal issue does).
    const db::PgResult approval = dba.exec(
        u"SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'kohi.terminal_certificate'"
        "::regclass AND attname = 'reveals_approved_by') AS has"_s);
    REQUIRE(approval.ok);
    const bool approvable = approval.first(u"has"_s).toString() == u"t"_s;
    const db::PgResult inserted = dba.exec(
        approvable
            ? u"INSERT INTO kohi.terminal_certificate (terminal_id, serial, fingerprint, subject,"
              " not_before, not_after, reveals_allowed, registered_by, reveals_approved_by,"
              " reveals_approved_at) VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz,"
              " true, session_user, session_user, now()) ON CONFLICT DO NOTHING"_s
            : u"INSERT INTO kohi.terminal_certificate (terminal_id, serial, fingerprint, subject,"
              " not_before, not_after, reveals_allowed, registered_by)"
              " VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, true, session_user)"
              " ON CONFLICT DO NOTHING"_s,
        params);
    INFO(inserted.errorMessage.toStdString());
    REQUIRE(inserted.ok);
}

void TestDatabase::createAccount(db::Session& dba, const Staff& staff, const QString& name,
                                 const QStringList& duties)
{
    QStringList quoted;
    for (const QString& d : duties)
        quoted << d;
    // A clerk duty together with the approver duty is refused unless the setting
    // allow_clerk_and_approver allows it (0021). Tests that need such an account (to show that
    // maker-checker holds even then) get it the way an office would: with the setting allowing
    // it, here only inside this transaction, so that no other test ever sees it raised.
    const bool clerkAndApprover =
        duties.contains(u"kohi_approver"_s) &&
        (duties.contains(u"kohi_clerk_nanbyo"_s) || duties.contains(u"kohi_clerk_boshi"_s));
    if (clerkAndApprover) {
        REQUIRE(dba.exec(u"BEGIN"_s).ok);
        REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = 1"
                         " WHERE key = 'allow_clerk_and_approver'"_s)
                    .ok);
    }
    const db::PgResult created =
        dba.exec(u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s,
                 {staff.login.toUtf8(), name.toUtf8(), (u'{' + quoted.join(u',') + u'}').toUtf8(),
                  dba.scramSecret(staff.login, staff.password)});
    INFO(created.errorMessage.toStdString());
    if (clerkAndApprover) {
        if (created.ok)
            REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = 0"
                             " WHERE key = 'allow_clerk_and_approver'"_s)
                        .ok);
        REQUIRE(dba.exec(created.ok ? u"COMMIT"_s : u"ROLLBACK"_s).ok);
    }
    REQUIRE(created.ok);
}

TestDatabase::Staff TestDatabase::createStaff(const QString& prefix,
                                              const QStringList& duties) const
{
    static QAtomicInt counter;
    Staff staff;
    staff.login = u"%1_%2_%3"_s.arg(prefix)
                      .arg(counter.fetchAndAddRelaxed(1))
                      .arg(QRandomGenerator::global()->bounded(1000000));
    staff.password = u"Test-pw-%1-Aa9!"_s.arg(QRandomGenerator::global()->bounded(100000000));
    auto dba = admin();
    REQUIRE(dba);
    createAccount(*dba, staff, u"テスト "_s + prefix, duties);
    const db::PgResult changed =
        dba->exec(u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"
                  " WHERE login = $1"_s,
                  {staff.login.toUtf8()});
    REQUIRE(changed.ok);
    return staff;
}

} // namespace kohi::test
