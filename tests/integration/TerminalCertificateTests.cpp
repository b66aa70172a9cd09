// Terminal identity and a second factor (issue 11, item 6; migration 0023). Staff connect with
// their password AND the terminal's certificate from the office CA (pg_hba clientcert=verify-ca);
// the server takes the terminal id from the certificate (kohi.terminal_certificate, looked up by
// the fingerprint the TLS handshake verified), never from the client. Attacks over raw libpq
// connections, as an insider with psql would make them.
#include "core/crypto/KeyPair.h"
#include "core/validation/MyNumber.h"
#include "db/LoginFailure.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::crypto::Argon2Params;
using kohi::crypto::SecureBytes;
using kohi::db::ConnectionSettings;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRepository;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::AdminRun;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;

namespace {

const Argon2Params FastArgon2{64, 1, 1};
const QString Pass = u"terminal test reveal passphrase"_s;

QString unique(const QString& prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(QRandomGenerator::global()->bounded(100000000));
}

void openssl(const QStringList& args)
{
    QProcess p;
    p.start(u"openssl"_s, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

// A key and certificate made with the openssl tool: signed by `caCert`/`caKey`, or
// self-signed when those are empty. Never registered in Kohi.
std::pair<QString, QString> handMadeCertificate(const QString& dir, const QString& cn,
                                                const QString& caCert, const QString& caKey)
{
    const QString key = dir + u"/hand.key"_s;
    const QString cert = dir + u"/hand.crt"_s;
    const QString subject = u"/O=Kohi terminal/CN="_s + cn;
    if (caKey.isEmpty()) {
        openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                 u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"30"_s, u"-subj"_s,
                 subject, u"-keyout"_s, key, u"-out"_s, cert});
    } else {
        const QString csr = dir + u"/hand.csr"_s;
        openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                 u"-nodes"_s, u"-subj"_s, subject, u"-keyout"_s, key, u"-out"_s, csr});
        openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, caCert, u"-CAkey"_s, caKey,
                 u"-set_serial"_s, QString::number(QRandomGenerator::global()->bounded(1 << 30)),
                 u"-days"_s, u"30"_s, u"-out"_s, cert});
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {cert, key};
}

// Events of one login and action: (terminal, details), everything waiting linked first.
QList<std::pair<QString, QJsonObject>> eventsOf(Session& dba, const QString& login,
                                                const QString& action, const QString& outcome)
{
    kohi::test::sealAuditLog(dba);
    const PgResult r = dba.exec(u"SELECT coalesce(terminal_id, '') AS t, details::text AS d"
                                " FROM kohi.audit_event WHERE login = $1 AND action = $2"
                                " AND outcome = $3 ORDER BY chain_seq"_s,
                                {login.toUtf8(), action.toUtf8(), outcome.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    QList<std::pair<QString, QJsonObject>> out;
    for (int i = 0; i < r.rows.size(); ++i)
        out << std::pair{r.value(i, u"t"_s).toString(),
                         QJsonDocument::fromJson(r.value(i, u"d"_s).toString().toUtf8()).object()};
    return out;
}

} // namespace

TEST_CASE("a connection without the terminal's certificate gets nothing: none, another CA's, or "
          "one the office CA signed but IT never registered",
          "[terminal][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"tc_nocert"_s, {u"kohi_clerk_nanbyo"_s});

    // No certificate: refused by pg_hba (clientcert=verify-ca) before the password is looked at.
    ConnectionSettings none = tdb.settings();
    none.sslCert = u"/nonexistent/none.crt"_s;
    none.sslKey = u"/nonexistent/none.key"_s;
    CHECK(RawConnection::connectError(none, clerk.login, clerk.password)
              .contains(u"requires a valid client certificate"_s));
    // The client says what is wrong in Japanese (not "server certificate").
    Session session(none);
    const auto login = session.open(clerk.login, clerk.password);
    CHECK(login.failure == kohi::db::LoginFailure::TerminalCertificate);

    // A certificate of another CA (self-signed by an insider): the handshake fails.
    QTemporaryDir dir;
    const auto [selfCert, selfKey] = handMadeCertificate(dir.path(), u"test-terminal"_s, {}, {});
    ConnectionSettings foreign = tdb.settings();
    foreign.sslCert = selfCert;
    foreign.sslKey = selfKey;
    CHECK_FALSE(RawConnection::connectError(foreign, clerk.login, clerk.password).isEmpty());

    // Signed by the office CA but not in the registry (someone with the CA key, or a certificate
    // made outside kohi-admin): the connection opens, the API gives nothing, and each refusal
    // is recorded durably (inside a transaction the caller rolls back).
    QTemporaryDir dir2;
    const auto [caCert, caKey] = handMadeCertificate(
        dir2.path(), u"test-terminal"_s, tdb.value(u"KOHI_CA_CERT"_s), tdb.value(u"KOHI_CA_KEY"_s));
    ConnectionSettings unregistered = tdb.settings();
    unregistered.sslCert = caCert;
    unregistered.sslKey = caKey;
    RawConnection raw(unregistered, clerk.login, clerk.password);
    raw.fails(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    CHECK(raw.sqlstate() == u"28000"_s);
    CHECK(raw.error().contains(u"登録されていません"_s));
    raw.ok(u"BEGIN"_s);
    raw.fails(u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 5)"_s);
    raw.ok(u"ROLLBACK"_s);
    raw.fails(u"SELECT * FROM kohi_api.session_info()"_s);
    // Nothing outside the API either.
    raw.fails(u"SELECT kohi.kohi_auth_peer_fingerprint()"_s);
    raw.fails(u"SELECT * FROM kohi.terminal_certificate"_s);

    auto dba = tdb.admin();
    REQUIRE(dba);
    const auto refused = eventsOf(*dba, clerk.login, u"terminal_refused"_s, u"refused"_s);
    REQUIRE(refused.size() == 3);
    for (const auto& [terminal, details] : refused) {
        CHECK(terminal.isEmpty()); // an unregistered certificate names no terminal
        CHECK(details.value(u"reason"_s).toString() == u"unregistered"_s);
        CHECK(details.value(u"fingerprint"_s).toString().size() == 64);
    }
    CHECK(eventsOf(*dba, clerk.login, u"session_begin"_s, u"ok"_s).isEmpty());
    CHECK(eventsOf(*dba, clerk.login, u"recipient_search"_s, u"ok"_s).isEmpty());
}

TEST_CASE("a revoked terminal certificate is refused at the handshake, and a session opened "
          "before the revocation gets nothing from its next call on",
          "[terminal][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"tc_revoked"_s, {u"kohi_clerk_nanbyo"_s});
    const auto terminal = tdb.issueTerminal(unique(u"tc-lost"_s), false);

    RawConnection before(tdb.settingsFor(terminal), clerk.login, clerk.password);
    before.ok(u"SELECT kohi_api.session_begin(NULL)"_s);
    before.ok(u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 1)"_s);

    // IT revokes it (kohi-admin rewrites the server's CRL, KOHI_TERMINAL_CRL, and reloads).
    const AdminRun revoked =
        runAdmin({u"terminal"_s, u"revoke"_s, terminal.id, u"--reason"_s, u"端末の紛失"_s}, {});
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.out.contains(terminal.serial));
    CHECK(revoked.out.contains(u"crl="_s));

    // The open session: refused at its next call, even one inside a rolled-back transaction.
    before.ok(u"BEGIN"_s);
    before.fails(
        u"SELECT * FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL, NULL, NULL, 1)"_s);
    CHECK(before.sqlstate() == u"28000"_s);
    CHECK(before.error().contains(u"失効"_s));
    before.ok(u"ROLLBACK"_s);
    before.fails(u"SELECT kohi_api.session_begin(NULL)"_s);

    // A new connection: the server's CRL refuses the certificate during the TLS handshake (the
    // reload is asynchronous; give the postmaster a moment).
    QString error;
    for (int i = 0; i < 50 && error.isEmpty(); ++i) {
        error = RawConnection::connectError(tdb.settingsFor(terminal), clerk.login, clerk.password);
        if (error.isEmpty())
            QThread::msleep(100);
    }
    CHECK(error.contains(u"revoked"_s));
    Session session(tdb.settingsFor(terminal));
    CHECK(session.open(clerk.login, clerk.password).failure ==
          kohi::db::LoginFailure::TerminalCertificate);
    // The run's own certificate still works: the CRL holds only the revoked one.
    RawConnection still(tdb.settings().database, clerk.login, clerk.password);
    still.ok(u"SELECT kohi_api.session_begin(NULL)"_s);

    auto dba = tdb.admin();
    REQUIRE(dba);
    const auto refusals = eventsOf(*dba, clerk.login, u"terminal_refused"_s, u"refused"_s);
    REQUIRE(refusals.size() == 2);
    for (const auto& [t, details] : refusals) {
        CHECK(t == terminal.id); // the certificate still names its terminal
        CHECK(details.value(u"reason"_s).toString() == u"revoked"_s);
        CHECK(details.value(u"serial"_s).toString() == terminal.serial);
    }
    const auto revokeEvents = eventsOf(*dba, u"kohi_dba"_s, u"terminal_revoke"_s, u"ok"_s);
    bool logged = false;
    for (const auto& [t, details] : revokeEvents)
        logged = logged || (details.value(u"serial"_s).toString() == terminal.serial &&
                            details.value(u"reason"_s).toString() == u"端末の紛失"_s);
    CHECK(logged);
}

TEST_CASE("a terminal id the client declares never becomes the terminal of an event nor passes "
          "the reveal check",
          "[terminal][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto viewer = tdb.createStaff(u"tc_spoof"_s, {u"kohi_mynumber_viewer"_s});
    const auto plain = tdb.issueTerminal(unique(u"tc-plain"_s), false);
    const QString spoofed = unique(u"spoofed"_s);

    RawConnection raw(tdb.settingsFor(plain), viewer.login, viewer.password);
    raw.ok(u"SELECT kohi_api.session_begin($1)"_s, {spoofed.toUtf8()});
    raw.ok(u"SELECT kohi_api.session_event('idle_lock')"_s);
    // Again, now claiming to be the reveal terminal the run's certificate names.
    raw.ok(u"SELECT kohi_api.session_begin('test-terminal')"_s);
    raw.fails(u"SELECT * FROM kohi_api.mynumber_reveal(1, 'identity', NULL)"_s);
    CHECK(raw.error().contains(u"この端末からは個人番号を表示できません"_s));
    raw.fails(u"SELECT * FROM kohi_api.mynumber_my_wrapped_key()"_s);

    auto dba = tdb.admin();
    REQUIRE(dba);
    kohi::test::sealAuditLog(*dba);
    const PgResult terminals =
        dba->exec(u"SELECT count(*) FILTER (WHERE terminal_id IN ($2, 'test-terminal')) AS spoof,"
                  " count(*) FILTER (WHERE terminal_id = $3) AS cert, count(*) AS n"
                  " FROM kohi.audit_event WHERE login = $1 AND terminal_id IS NOT NULL"_s,
                  {viewer.login.toUtf8(), spoofed.toUtf8(), plain.id.toUtf8()});
    REQUIRE(terminals.ok);
    CHECK(terminals.first(u"spoof"_s).toInt() == 0);
    CHECK(terminals.first(u"n"_s).toInt() >= 5);
    CHECK(terminals.first(u"cert"_s).toInt() == terminals.first(u"n"_s).toInt());
    // The claims are kept as evidence in the session_begin events, marked as mismatches.
    const auto begins = eventsOf(*dba, viewer.login, u"session_begin"_s, u"ok"_s);
    REQUIRE(begins.size() == 2);
    CHECK(begins[0].second.value(u"declared_terminal"_s).toString() == spoofed);
    CHECK(begins[0].second.value(u"terminal_mismatch"_s).toBool());
    CHECK(begins[1].second.value(u"declared_terminal"_s).toString() == u"test-terminal"_s);
    const auto reveals = eventsOf(*dba, viewer.login, u"mynumber_reveal"_s, u"refused"_s);
    REQUIRE(reveals.size() == 1);
    CHECK(reveals[0].first == plain.id);
    CHECK(reveals[0].second.value(u"reason"_s).toString() == u"terminal_not_for_reveals"_s);
}

TEST_CASE("My Numbers are revealed only at terminals registered for it, and the refusal outlives "
          "a ROLLBACK",
          "[terminal][mynumber][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    FreshDatabase db(u"kohi_terminal_reveal"_s);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    const auto viewer = db.createStaff(u"tc_rv"_s, {u"kohi_mynumber_viewer"_s});
    const auto clerk = db.createStaff(u"tc_rc"_s, {u"kohi_clerk_nanbyo"_s});
    MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(
        MyNumberKeyCeremony(db.dba(), FastArgon2).createFirstKey(viewer.login, Pass, &key, &error));
    const PgResult recipient = db.dba().exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
        " synthetic) VALUES ('54', '4100001', '端末', '花子', 'タンマツ', 'ハナコ', '1960-05-01',"
        " 2, '大阪府岸和田市1-1', '272027', true) RETURNING id"_s);
    REQUIRE(recipient.ok);
    QString number;
    for (int i = 0; i < 11; ++i)
        number += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    number += QString::number(*kohi::myNumberCheckDigit(number));
    auto clerkSession = db.connect(clerk);
    REQUIRE(clerkSession->exec(u"SELECT kohi_api.session_begin(NULL)"_s).ok);
    const auto reg =
        MyNumberRepository(*clerkSession, key.fingerprintHex)
            .registerNumber(kohi::db::MyNumberEntry{recipient.first(u"id"_s).toLongLong(),
                                                    kohi::db::PersonRole::Patient,
                                                    {},
                                                    {},
                                                    {}},
                            SecureBytes::fromUtf8(number));
    INFO(reg.message.toStdString());
    REQUIRE(reg.registered());
    const QByteArray id = QByteArray::number(reg.id);
    const QString reveal = u"SELECT envelope FROM kohi_api.mynumber_reveal($1, 'identity', NULL)"_s;

    // A terminal registered without reveals: nothing, whatever the caller does afterwards.
    const auto counter = tdb.issueTerminal(unique(u"tc-counter"_s), false, db.name());
    auto settings = tdb.settingsFor(counter);
    settings.database = db.name();
    RawConnection atCounter(settings, viewer.login, viewer.password);
    atCounter.ok(u"SELECT kohi_api.session_begin(NULL)"_s);
    atCounter.ok(u"BEGIN"_s);
    atCounter.fails(reveal, {id});
    CHECK(atCounter.sqlstate() == u"42501"_s);
    atCounter.ok(u"ROLLBACK"_s);
    atCounter.fails(u"SELECT * FROM kohi_api.mynumber_my_wrapped_key()"_s);
    atCounter.fails(u"SELECT * FROM kohi_api.mynumber_rotation_envelopes()"_s);
    const auto refused = eventsOf(db.dba(), viewer.login, u"mynumber_reveal"_s, u"refused"_s);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].first == counter.id);
    CHECK(refused[0].second.value(u"reason"_s).toString() == u"terminal_not_for_reveals"_s);
    CHECK(eventsOf(db.dba(), viewer.login, u"mynumber_key_fetch"_s, u"refused"_s).size() == 1);
    CHECK(eventsOf(db.dba(), viewer.login, u"mynumber_rotation_fetch"_s, u"refused"_s).size() == 1);
    CHECK(eventsOf(db.dba(), viewer.login, u"mynumber_reveal"_s, u"ok"_s).isEmpty());

    // The same viewer at a reveal terminal (the run's certificate): the envelope, logged with it.
    RawConnection atReveal(db.name(), viewer.login, viewer.password);
    atReveal.ok(u"SELECT kohi_api.session_begin(NULL)"_s);
    atReveal.ok(reveal, {id});
    CHECK(atReveal.rows() == 1);
    const auto ok = eventsOf(db.dba(), viewer.login, u"mynumber_reveal"_s, u"ok"_s);
    REQUIRE(ok.size() == 1);
    CHECK(ok[0].first == u"test-terminal"_s);

    // Revoking the reveal terminal's registration in this database stops it too.
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.terminal_certificate SET revoked_at = now(),"
                      " revoked_by = session_user, revoke_reason = '試験'"
                      " WHERE terminal_id = 'test-terminal'"_s)
                .ok);
    atReveal.fails(reveal, {id});
    CHECK(atReveal.sqlstate() == u"28000"_s);
}

TEST_CASE("kohi-admin terminal issue, list and revoke: a key only the terminal holds, the "
          "registry, and only IT may manage it",
          "[terminal][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    FreshDatabase db(u"kohi_terminal_admin"_s);
    QTemporaryDir dir;
    const QString id = unique(u"窓口-01"_s);
    const QString cert = dir.path() + u"/t.crt"_s;
    const QString key = dir.path() + u"/t.key"_s;
    // No CRL for this database: the shared cluster's CRL belongs to the shared database.
    const QList<std::pair<QString, QString>> noCrl{{u"KOHI_TERMINAL_CRL"_s, u""_s}};

    const AdminRun issued = runAdmin(
        {u"terminal"_s, u"issue"_s, id, u"--cert"_s, cert, u"--key"_s, key}, db.name(), noCrl);
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    CHECK(QFile::permissions(key) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadUser | QFileDevice::WriteUser));
    QString serial, fingerprint;
    for (const QString& line : issued.out.split(u'\n')) {
        if (line.startsWith(u"serial="_s))
            serial = line.mid(7);
        if (line.startsWith(u"fingerprint="_s))
            fingerprint = line.mid(12);
    }
    CHECK(issued.out.contains(u"reveals_allowed=no"_s));
    // The fingerprint is the certificate's own (as openssl computes it).
    QProcess p;
    p.start(u"openssl"_s, {u"x509"_s, u"-in"_s, cert, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s,
                           u"-serial"_s, u"-subject"_s, u"-nameopt"_s, u"utf8"_s});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(QString(text).remove(u':').toLower().contains(fingerprint));
    CHECK(text.toUpper().contains(u"SERIAL="_s + serial));
    CHECK(text.contains(id));

    // The registry, as IT sees it; not for anyone else.
    const AdminRun listed = runAdmin({u"terminal"_s, u"list"_s}, db.name(), noCrl);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(id + u'\t' + serial + u'\t' + fingerprint));
    CHECK(listed.out.contains(u"active"_s));
    const auto clerk = db.createStaff(u"tc_ac"_s, {u"kohi_clerk_nanbyo"_s});
    const auto itStaff = db.createStaff(u"tc_ua"_s, {u"kohi_user_admin"_s});
    auto as = [](const TestDatabase::Staff& s) {
        return QList<std::pair<QString, QString>>{{u"PGUSER"_s, s.login},
                                                  {u"PGPASSWORD"_s, s.password},
                                                  {u"PGPASSFILE"_s, u"/nonexistent"_s},
                                                  {u"KOHI_TERMINAL_CRL"_s, u""_s}};
    };
    CHECK(runAdmin({u"terminal"_s, u"list"_s}, db.name(), as(clerk)).exitCode != 0);
    RawConnection clerkRaw(db.name(), clerk.login, clerk.password);
    clerkRaw.fails(u"SELECT * FROM kohi_api.terminal_register('x', 'AB', repeat('a', 64), 'CN=x',"
                   " now(), now() + interval '1 day', true)"_s);
    CHECK(clerkRaw.sqlstate() == u"42501"_s);
    clerkRaw.fails(u"SELECT * FROM kohi_api.terminal_revoke('test-terminal', 'x')"_s);
    const AdminRun itList = runAdmin({u"terminal"_s, u"list"_s}, db.name(), as(itStaff));
    INFO(itList.err.toStdString());
    CHECK(itList.exitCode == 0);
    CHECK(itList.out.contains(serial));

    // Bad input changes nothing: an existing file is not overwritten, and no row is added.
    const AdminRun again = runAdmin(
        {u"terminal"_s, u"issue"_s, id, u"--cert"_s, cert, u"--key"_s, key}, db.name(), noCrl);
    CHECK(again.exitCode != 0);
    CHECK(runAdmin({u"terminal"_s, u"revoke"_s, id}, db.name(), noCrl).exitCode != 0); // no reason
    const PgResult rows = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.terminal_certificate WHERE terminal_id = $1"_s,
        {id.toUtf8()});
    CHECK(rows.first(u"n"_s).toInt() == 1);

    // Revoked by the IT staff member, with the reason; a second revocation finds nothing.
    const AdminRun revoked =
        runAdmin({u"terminal"_s, u"revoke"_s, serial, u"--reason"_s, u"故障のため交換"_s},
                 db.name(), as(itStaff));
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.out.contains(serial));
    CHECK(runAdmin({u"terminal"_s, u"revoke"_s, id, u"--reason"_s, u"再度"_s}, db.name(), noCrl)
              .exitCode != 0);
    const AdminRun after = runAdmin({u"terminal"_s, u"list"_s}, db.name(), noCrl);
    CHECK(after.out.contains(u"revoked"_s));
    CHECK(after.out.contains(itStaff.login + u": 故障のため交換"_s));
    const auto events = eventsOf(db.dba(), itStaff.login, u"terminal_revoke"_s, u"ok"_s);
    REQUIRE(events.size() == 1);
    CHECK(events[0].second.value(u"serial"_s).toString() == serial);
}

TEST_CASE("a reveal terminal a user administrator registers reveals nothing until another "
          "administrator approves it, the registering one cannot, and refusals outlive a ROLLBACK",
          "[terminal][mynumber][security]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    FreshDatabase db(u"kohi_terminal_reveal_approval"_s);
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    const auto viewer = db.createStaff(u"tc_av"_s, {u"kohi_mynumber_viewer"_s});
    const auto clerk = db.createStaff(u"tc_ac"_s, {u"kohi_clerk_nanbyo"_s});
    const auto admin1 = db.createStaff(u"tc_a1"_s, {u"kohi_user_admin"_s});
    const auto admin2 = db.createStaff(u"tc_a2"_s, {u"kohi_user_admin"_s});
    MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(
        MyNumberKeyCeremony(db.dba(), FastArgon2).createFirstKey(viewer.login, Pass, &key, &error));
    const PgResult recipient = db.dba().exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
        " synthetic) VALUES ('54', '4100002', '承認', '端末', 'ショウニン', 'タンマツ',"
        " '1962-06-02', 1, '大阪府岸和田市2-2', '272027', true) RETURNING id"_s);
    REQUIRE(recipient.ok);
    QString number;
    for (int i = 0; i < 11; ++i)
        number += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    number += QString::number(*kohi::myNumberCheckDigit(number));
    auto clerkSession = db.connect(clerk);
    REQUIRE(clerkSession->exec(u"SELECT kohi_api.session_begin(NULL)"_s).ok);
    const auto reg =
        MyNumberRepository(*clerkSession, key.fingerprintHex)
            .registerNumber(kohi::db::MyNumberEntry{recipient.first(u"id"_s).toLongLong(),
                                                    kohi::db::PersonRole::Patient,
                                                    {},
                                                    {},
                                                    {}},
                            SecureBytes::fromUtf8(number));
    INFO(reg.message.toStdString());
    REQUIRE(reg.registered());
    const QByteArray id = QByteArray::number(reg.id);
    const QString reveal = u"SELECT envelope FROM kohi_api.mynumber_reveal($1, 'identity', NULL)"_s;

    // Registered through the API by a user administrator: reveals wait for a second person.
    RawConnection a1(db.name(), admin1.login, admin1.password);
    a1.ok(u"SELECT kohi_api.terminal_register('tc-pending-reveal', upper(md5(random()::text)),"
          " encode(sha256(random()::text::bytea), 'hex'), 'CN=tc-pending-reveal',"
          " now() - interval '1 minute', now() + interval '1 year', true)"_s);
    const PgResult pending =
        db.dba().exec(u"SELECT reveals_allowed, reveals_approved_by IS NULL AS waiting"
                      " FROM kohi.terminal_certificate WHERE terminal_id = 'tc-pending-reveal'"_s);
    REQUIRE(pending.ok);
    CHECK(pending.first(u"reveals_allowed"_s).toString() == u"t"_s);
    CHECK(pending.first(u"waiting"_s).toString() == u"t"_s);

    // The run's terminal, as if admin1 had registered it alone just now.
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.terminal_certificate SET registered_by = $1,"
                      " reveals_approved_by = NULL, reveals_approved_at = NULL"
                      " WHERE terminal_id = 'test-terminal'"_s,
                      {admin1.login.toUtf8()})
                .ok);
    RawConnection atTerminal(db.name(), viewer.login, viewer.password);
    atTerminal.ok(u"SELECT kohi_api.session_begin(NULL)"_s);
    atTerminal.ok(u"BEGIN"_s);
    atTerminal.fails(reveal, {id});
    CHECK(atTerminal.sqlstate() == u"42501"_s);
    CHECK(atTerminal.error().contains(u"承認されていません"_s));
    atTerminal.ok(u"ROLLBACK"_s);
    const auto refused = eventsOf(db.dba(), viewer.login, u"mynumber_reveal"_s, u"refused"_s);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].second.value(u"reason"_s).toString() == u"terminal_reveals_not_approved"_s);

    // The one who registered it cannot approve it, even inside a transaction rolled back.
    a1.ok(u"BEGIN"_s);
    a1.fails(u"SELECT kohi_api.terminal_approve_reveals('test-terminal', NULL)"_s);
    CHECK(a1.sqlstate() == u"42501"_s);
    a1.ok(u"ROLLBACK"_s);
    CHECK(eventsOf(db.dba(), admin1.login, u"terminal_approve_reveals"_s, u"refused"_s).size() ==
          1);
    atTerminal.fails(reveal, {id});

    // Another administrator approves: reveals work from then on, and the approval is logged.
    RawConnection a2(db.name(), admin2.login, admin2.password);
    a2.ok(u"SELECT kohi_api.terminal_approve_reveals('test-terminal', '設置場所を確認')"_s);
    CHECK(a2.value() == u"1"_s);
    CHECK(eventsOf(db.dba(), admin2.login, u"terminal_approve_reveals"_s, u"ok"_s).size() == 1);
    atTerminal.ok(reveal, {id});
    CHECK(atTerminal.rows() == 1);
    // Nothing left to approve.
    a2.fails(u"SELECT kohi_api.terminal_approve_reveals('test-terminal', NULL)"_s);
    CHECK(a2.sqlstate() == u"55000"_s);
}
