// My Number protection against a real server: sealed on entry, unreadable to clerks, refused
// where the prefecture must not hold it, revealed only by a logged viewer with their passphrase,
// and never in the server log or a dump. Each test case migrates its own database in the shared
// test cluster (the key is per database, and rotation must not disturb other cases); the log
// and dump scan runs on a private cluster whose whole log it can account for.
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "core/crypto/Wipe.h"
#include "core/validation/MyNumber.h"
#include "db/ByteaText.h"
#include "db/Migrator.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/integration/MyNumberScan.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <catch2/catch.hpp>
#include <tuple>

using namespace Qt::StringLiterals;
using kohi::crypto::SecureBytes;
using kohi::db::MyNumberEntry;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRegistration;
using kohi::db::MyNumberRepository;
using kohi::db::PersonRole;
using kohi::db::Session;
using kohi::test::TestDatabase;

namespace {

// Tiny Argon2 cost for wrapped keys made in-process (production uses Argon2Params{}). The
// server accepts it only because these databases are not production and turn on
// mynumber_argon2_test_params (migration 0022); see MyNumberDb.
const kohi::crypto::Argon2Params FastArgon2{64, 1, 1};

// A fresh synthetic My Number (random base, valid check digit). Test data only: never printed.
QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

// A number with a wrong check digit.
QString wrongCheckDigit(const QString& valid)
{
    const int d = valid.at(11).digitValue();
    return valid.left(11) + QString::number((d + 1) % 10);
}

SecureBytes secure(const QString& text)
{
    return SecureBytes::fromUtf8(text);
}

QByteArray hexOfAscii(const QString& number)
{
    return number.toLatin1().toHex();
}

// Every value of a result as one string, for "does it contain X" checks.
QString flatten(const kohi::db::PgResult& r)
{
    QStringList cells;
    for (const auto& row : r.rows)
        for (const QVariant& v : row)
            cells << v.toString();
    return cells.join(u'|') + u'|' + r.errorMessage + u'|' + r.errorHint;
}

struct Staff
{
    QString login;
    QString password;
};

// A database of its own, migrated from nothing, in the shared test cluster.
class MyNumberDb
{
public:
    MyNumberDb()
    {
        static QAtomicInt counter;
        REQUIRE(TestDatabase::instance().available());
        m_name = u"kohi_mn_%1_%2"_s.arg(counter.fetchAndAddRelaxed(1))
                     .arg(QRandomGenerator::global()->bounded(1000000));
        auto postgres = TestDatabase::instance().admin();
        REQUIRE(postgres);
        REQUIRE(postgres->exec(u"CREATE DATABASE "_s + m_name).ok);
        m_dba = TestDatabase::instance().admin(m_name);
        REQUIRE(m_dba);
        kohi::db::Migrator migrator(*m_dba);
        const auto outcome = migrator.migrate();
        INFO(outcome.message.toStdString());
        REQUIRE(outcome.ok);
        // A new session, so that the database's settings from migration 0001 apply to it (the
        // migrating session would still log bind parameters).
        m_dba = TestDatabase::instance().admin(m_name);
        REQUIRE(m_dba);
        TestDatabase::registerRunTerminal(*m_dba); // staff connect with the run's certificate
        // FastArgon2 keys: allowed outside production only (refused there, tested in
        // KeyDualControlTests.cpp).
        REQUIRE(m_dba
                    ->exec(u"UPDATE kohi.setting SET value = 1"
                           " WHERE key = 'mynumber_argon2_test_params'"_s)
                    .ok);
        m_settings = TestDatabase::instance().settings();
        m_settings.database = m_name;
    }
    ~MyNumberDb()
    {
        m_dba.reset();
        if (auto postgres = TestDatabase::instance().admin())
            postgres->exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
    }

    Session& dba() { return *m_dba; }
    QString name() const { return m_name; }

    Staff staff(const QString& prefix, const QStringList& duties)
    {
        static QAtomicInt counter;
        Staff s{u"%1_%2_%3"_s.arg(prefix)
                    .arg(counter.fetchAndAddRelaxed(1))
                    .arg(QRandomGenerator::global()->bounded(1000000)),
                u"Test-pw-%1-Aa9!"_s.arg(QRandomGenerator::global()->bounded(100000000))};
        const auto created = m_dba->exec(u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s,
                                         {s.login.toUtf8(), (u"試験 "_s + prefix).toUtf8(),
                                          (u'{' + duties.join(u',') + u'}').toUtf8(),
                                          m_dba->scramSecret(s.login, s.password)});
        INFO(created.errorMessage.toStdString());
        REQUIRE(created.ok);
        REQUIRE(m_dba
                    ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                           " password_changed_at = now() WHERE login = $1"_s,
                           {s.login.toUtf8()})
                    .ok);
        return s;
    }

    // Logged in as the staff member; registerTerminal: as the client does right after login.
    std::unique_ptr<Session> login(const Staff& s, bool registerTerminal = true)
    {
        auto session = std::make_unique<Session>(m_settings);
        const auto r = session->open(s.login, s.password);
        INFO(r.serverText.toStdString());
        REQUIRE(r.ok());
        if (registerTerminal)
            REQUIRE(session->exec(u"SELECT kohi_api.session_begin('test-terminal')"_s).ok);
        return session;
    }

    qint64 recipient(const QString& programme, const QString& municipality,
                     const QString& birthDate = u"1960-05-01"_s,
                     const QString& givenNameKana = u"ハナコ"_s)
    {
        static QAtomicInt counter;
        const auto r = m_dba->exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ($1, $2, '試験', '花子', 'シケン', $5, $3::date, 2,"
            " '大阪府試験市1-1', $4, true) RETURNING id"_s,
            {programme.toUtf8(), QByteArray::number(1000000 + counter.fetchAndAddRelaxed(1)),
             birthDate.toUtf8(), municipality.toUtf8(), givenNameKana.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"id"_s).toLongLong();
    }

    // The first key, for `viewer`, made by the database administrator; returns its fingerprint.
    QString createKey(const Staff& viewer, const QString& passphrase)
    {
        MyNumberKeyCeremony::KeyInfo key;
        QString error;
        const bool created = MyNumberKeyCeremony(*m_dba, FastArgon2)
                                 .createFirstKey(viewer.login, passphrase, &key, &error);
        INFO(error.toStdString());
        REQUIRE(created);
        return key.fingerprintHex;
    }

    // Counts see every event committed so far: a change's event is linked into the access log
    // by the sealer after its commit, so whatever is waiting is sealed first.
    qint64 count(const QString& sql, const QList<QByteArray>& params = {})
    {
        kohi::test::sealAuditLog(*m_dba);
        const auto r = m_dba->exec(sql, params);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.rows.value(0).value(0).toLongLong();
    }

    // Every access-log event as text, to prove no number or hash reached it.
    QString auditText()
    {
        kohi::test::sealAuditLog(*m_dba);
        const auto r = m_dba->exec(u"SELECT coalesce(string_agg(to_jsonb(e)::text, E'\\n'), '')"
                                   " FROM kohi.audit_event e"_s);
        REQUIRE(r.ok);
        return r.rows.value(0).value(0).toString();
    }

    QString dupHashHex(qint64 id)
    {
        const auto r = m_dba->exec(
            u"SELECT encode(dup_hash, 'hex') AS h, encode(envelope, 'hex') AS e FROM kohi.mynumber"
            " WHERE id = $1"_s,
            {QByteArray::number(id)});
        REQUIRE(r.ok);
        return r.first(u"h"_s).toString();
    }

private:
    QString m_name;
    std::unique_ptr<Session> m_dba;
    kohi::db::ConnectionSettings m_settings;
};

MyNumberEntry entry(qint64 recipientId, PersonRole role, const QString& name = {},
                    const QString& relationship = {}, QDate applicationDate = {})
{
    return MyNumberEntry{recipientId, role, name, relationship, applicationDate};
}

// What a clerk sees of the server's answer, for INFO (never the number).
std::string describe(const MyNumberRegistration& r)
{
    return (r.reason + u": "_s + r.message).toStdString();
}

// The raw call a psql user would make, bypassing the repository.
kohi::db::PgResult rawRegister(Session& s, qint64 recipientId, const QString& role,
                               const QString& keyIdHex, const QByteArray& envelope,
                               const QString& number, const QString& applicationDate = {})
{
    return s.exec(u"SELECT mynumber_id, outcome, reason, message FROM kohi_api.mynumber_register("
                  "$1::bigint, $2, NULL, NULL, $3::date, gen_random_uuid(), $4, $5::bytea, $6)"_s,
                  {QByteArray::number(recipientId), role.toUtf8(),
                   applicationDate.isEmpty() ? QByteArray() : applicationDate.toUtf8(),
                   keyIdHex.toUtf8(), kohi::db::bytea::toParam(envelope), number.toUtf8()});
}

// A well-formed envelope under the given public key (bound to nothing in particular).
QByteArray someEnvelope(const kohi::crypto::PublicKey& key, const QString& number)
{
    QByteArray envelope;
    REQUIRE(kohi::crypto::Sealer::seal(secure(number), key, "test", &envelope, nullptr));
    return envelope;
}

kohi::crypto::PublicKey activeKey(Session& s)
{
    kohi::crypto::PublicKey key;
    QString error;
    const bool ok = MyNumberKeyCeremony(s).activePublicKey(&key, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return key;
}

QString revealed(const MyNumberRepository& repo, qint64 id, const QString& passphrase,
                 QString* error = nullptr)
{
    SecureBytes number;
    QString problem;
    if (!repo.reveal(id, u"identity"_s, {}, passphrase, &number, &problem)) {
        if (error)
            *error = problem;
        return {};
    }
    return number.toDisplayString();
}

} // namespace

TEST_CASE("the server's check digit and normalisation agree with core/validation", "[mynumber]")
{
    MyNumberDb db;
    // REFERENCE §2 examples, both remainders that give 0, and random bases; all as bind
    // parameters (a literal in SQL text would land in the server log).
    QStringList numbers{u"123456789018"_s, u"314159265352"_s, u"141421356230"_s, u"271828182840"_s};
    for (int i = 0; i < 300; ++i)
        numbers << syntheticNumber();
    int checked = 0;
    for (const QString& n : numbers) {
        for (const QString& candidate : {n, wrongCheckDigit(n)}) {
            const bool expected = kohi::validateMyNumber(candidate).isOk();
            const auto r = db.dba().exec(u"SELECT kohi.mynumber_check_digit_ok($1) AS ok"_s,
                                         {candidate.toUtf8()});
            REQUIRE(r.ok);
            CHECK((r.first(u"ok"_s).toString() == u"t"_s) == expected);
            ++checked;
        }
    }
    CHECK(checked == 608);
    // Full-width digits, spaces and hyphens normalise as on the client; junk gives NULL.
    const auto r = db.dba().exec(
        u"SELECT kohi.mynumber_normalise($1) = $2 AS a, kohi.mynumber_normalise($3) IS NULL AS b,"
        " kohi.mynumber_normalise($4) IS NULL AS c"_s,
        {u"１２３４ ５６７８-９０１８"_s.toUtf8(), "123456789018", "12345678901", "12345678901a"});
    REQUIRE(r.ok);
    CHECK(r.first(u"a"_s).toString() == u"t"_s);
    CHECK(r.first(u"b"_s).toString() == u"t"_s);
    CHECK(r.first(u"c"_s).toString() == u"t"_s);
}

TEST_CASE("a clerk registers a sealed number and no query a clerk can make returns the number "
          "or its hash",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s); // 岸和田市
    auto session = db.login(clerk);
    MyNumberRepository repo(*session, pin);

    const QString number = syntheticNumber();
    const auto reg = repo.registerNumber(entry(rid, PersonRole::Patient), secure(number));
    INFO(describe(reg));
    REQUIRE(reg.registered());
    CHECK(reg.message == u"本人（受診者）の個人番号を登録しました（承認待ち）。"_s);

    // What the database holds: an 89-byte envelope that is not the number, a 32-byte hash.
    const auto row =
        db.dba().exec(u"SELECT encode(dup_hash, 'hex') AS h, encode(envelope, 'hex') AS e,"
                      " octet_length(envelope) AS n, status FROM kohi.mynumber WHERE id = $1"_s,
                      {QByteArray::number(reg.id)});
    REQUIRE(row.ok);
    CHECK(row.first(u"n"_s).toInt() == 89);
    CHECK(row.first(u"status"_s).toString() == u"pending"_s);
    const QString hashHex = row.first(u"h"_s).toString();
    const QString envelopeHex = row.first(u"e"_s).toString();
    REQUIRE(hashHex.size() == 64);
    CHECK_FALSE(envelopeHex.contains(QString::fromLatin1(hexOfAscii(number))));
    const QStringList forbidden{number,
                                QString::fromLatin1(hexOfAscii(number)),
                                hashHex,
                                envelopeHex,
                                hashHex.mid(8, 24),
                                envelopeHex.mid(60, 40)};
    auto leaks = [&forbidden](const QString& text) {
        for (const QString& f : forbidden)
            if (text.contains(f, Qt::CaseInsensitive))
                return true;
        return false;
    };

    // The masked status is all a clerk gets.
    const auto status = repo.status(rid);
    REQUIRE(status.size() == 1);
    CHECK(status[0].registered);
    CHECK(status[0].role == PersonRole::Patient);
    CHECK(status[0].status == u"pending"_s);

    // Every function a clerk may execute, called like psql would (bytea shown as hex so that
    // a hash or envelope could be recognised), inside a rolled-back transaction.
    REQUIRE(session->exec(u"SET bytea_output = hex"_s).ok);
    const auto functions =
        session->exec(u"SELECT p.oid::regprocedure::text AS sig, p.proname,"
                      " coalesce((SELECT string_agg(format_type(t, NULL), ',' ORDER BY o)"
                      "           FROM unnest(p.proargtypes) WITH ORDINALITY a(t, o)), '') AS types"
                      " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                      " WHERE n.nspname = 'kohi_api' AND has_function_privilege(p.oid, 'EXECUTE')"
                      " ORDER BY 1"_s);
    REQUIRE(functions.ok);
    QSet<QString> myNumberFunctions;
    int called = 0;
    for (int i = 0; i < functions.rows.size(); ++i) {
        const QString name = functions.value(i, u"proname"_s).toString();
        if (name.contains(u"mynumber"_s))
            myNumberFunctions << name;
        QStringList args;
        QList<QByteArray> params;
        const QString types = functions.value(i, u"types"_s).toString();
        for (const QString& type : types.split(u',', Qt::SkipEmptyParts)) {
            QByteArray value;
            if (type == u"bigint"_s || type == u"integer"_s)
                value = QByteArray::number(rid);
            else if (type == u"text"_s)
                value = "54";
            else if (type == u"date"_s)
                value = QDate::currentDate().toString(Qt::ISODate).toUtf8();
            else if (type == u"uuid"_s)
                value = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
            else if (type == u"boolean"_s)
                value = "false";
            else if (type == u"bytea"_s)
                value = "\\x00";
            else if (type.endsWith(u"[]"_s))
                value = "{}";
            else if (type == u"jsonb"_s || type == u"json"_s)
                value = "{}";
            args << u"$%1::%2"_s.arg(params.size() + 1).arg(type);
            params << value;
        }
        REQUIRE(session->exec(u"BEGIN"_s).ok);
        const auto result =
            session->exec(u"SELECT * FROM kohi_api.%1(%2)"_s.arg(name, args.join(u", "_s)), params);
        session->exec(u"ROLLBACK"_s);
        INFO(functions.value(i, u"sig"_s).toString().toStdString());
        CHECK_FALSE(leaks(flatten(result)));
        ++called;
    }
    CHECK(called >= 8);
    // A new function that clerks may execute on My Numbers must be reviewed here first.
    CHECK(myNumberFunctions == QSet<QString>{u"mynumber_public_key"_s, u"mynumber_eligibility"_s,
                                             u"mynumber_register"_s, u"mynumber_register_once"_s,
                                             u"recipient_mynumber_status"_s});

    // Direct reads: no privilege on the tables, their statistics or the hashing function.
    REQUIRE(db.dba().exec(u"ANALYZE kohi.mynumber"_s).ok);
    for (const QString& sql :
         {u"SELECT * FROM kohi.mynumber"_s, u"SELECT dup_hash FROM kohi.mynumber"_s,
          u"SELECT * FROM kohi.mynumber_key_wrap"_s, u"COPY kohi.mynumber TO STDOUT"_s,
          u"SELECT kohi.kohi_mynumber_hmac($1)"_s, u"SELECT kohi.mynumber_check_digit_ok($1)"_s}) {
        const auto r = session->exec(sql, sql.contains(u"$1"_s) ? QList<QByteArray>{number.toUtf8()}
                                                                : QList<QByteArray>{});
        INFO(sql.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.sqlState == u"42501"_s);
        CHECK_FALSE(leaks(flatten(r)));
    }
    const auto stats = session->exec(
        u"SELECT count(*) AS n FROM pg_stats WHERE schemaname = 'kohi' AND tablename = 'mynumber'"_s);
    REQUIRE(stats.ok);
    CHECK(stats.first(u"n"_s).toInt() == 0);

    // Another group's clerk cannot even see that the recipient has numbers.
    const Staff other = db.staff(u"mnb"_s, {u"kohi_clerk_boshi"_s});
    auto otherSession = db.login(other);
    QString error;
    CHECK(MyNumberRepository(*otherSession, pin).status(rid, &error).isEmpty());
    CHECK(error.contains(u"担当外"_s));

    // The access log has the registration, without the number or the hash.
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                   " AND outcome = 'ok' AND login = $1 AND target = $2"_s,
                   {clerk.login.toUtf8(), (u"recipient:"_s + QString::number(rid)).toUtf8()}) == 1);
    CHECK_FALSE(leaks(db.auditText()));
}

TEST_CASE("a number already registered is refused with a specific message, across groups, "
          "and the refusal is logged without the number",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff nanbyo = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const Staff boshi = db.staff(u"mnb"_s, {u"kohi_clerk_boshi"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);
    const qint64 r1 = db.recipient(u"54"_s, u"272027"_s);
    const qint64 r2 = db.recipient(u"54"_s, u"272043"_s); // 池田市
    const qint64 child = db.recipient(u"52"_s, u"272043"_s, u"2015-06-01"_s);
    auto nanbyoSession = db.login(nanbyo);
    auto boshiSession = db.login(boshi);
    MyNumberRepository repo(*nanbyoSession, pin);
    MyNumberRepository boshiRepo(*boshiSession, pin);

    const QString number = syntheticNumber();
    const auto first = repo.registerNumber(entry(r1, PersonRole::Patient), secure(number));
    INFO(describe(first));
    REQUIRE(first.registered());
    const QString hashHex = db.dupHashHex(first.id);

    // Written differently (full-width, grouped): still the same number.
    QString fullWidth;
    for (QChar c : number)
        fullWidth += QChar(0xFF10 + c.digitValue());
    fullWidth.insert(8, u'-').insert(4, u'-');
    const auto again = repo.registerNumber(entry(r2, PersonRole::Patient), secure(fullWidth));
    CHECK(again.outcome == MyNumberRegistration::Outcome::Refused);
    CHECK(again.reason == u"duplicate"_s);
    CHECK(again.message == u"この個人番号は既に別の受給者に登録されています。"_s);

    // The other group's clerk cannot see the first row (RLS), and is refused all the same.
    const auto crossGroup = boshiRepo.registerNumber(
        entry(child, PersonRole::Guardian, u"試験 母"_s, u"母"_s), secure(number));
    CHECK(crossGroup.reason == u"duplicate"_s);
    CHECK(crossGroup.message == u"この個人番号は既に別の受給者に登録されています。"_s);

    // Same recipient, other role.
    const auto sameRecipient = repo.registerNumber(
        entry(r1, PersonRole::Household, u"試験 次郎"_s, u"子"_s), secure(number));
    CHECK(sameRecipient.reason == u"duplicate"_s);
    CHECK(sameRecipient.message == u"この個人番号はこの受給者に既に登録されています。"_s);

    CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 1);
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                   " AND outcome = 'refused' AND details->>'reason' = 'duplicate'"_s) == 3);
    const QString audit = db.auditText();
    CHECK_FALSE(audit.contains(number));
    CHECK_FALSE(audit.contains(hashHex, Qt::CaseInsensitive));
    CHECK(kohi::test::findMyNumbers(audit).isEmpty());
}

TEST_CASE("numbers the prefecture must not hold are refused: municipality as of the application "
          "date, and person roles the programme does not collect",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff nanbyo = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const Staff boshi = db.staff(u"mnb"_s, {u"kohi_clerk_boshi"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);
    auto nanbyoSession = db.login(nanbyo);
    auto boshiSession = db.login(boshi);
    MyNumberRepository nanbyoRepo(*nanbyoSession, pin);
    MyNumberRepository boshiRepo(*boshiSession, pin);
    const qint64 before = db.count(u"SELECT count(*) FROM kohi.mynumber"_s);

    auto refused = [](const MyNumberRegistration& r, const QString& reason) {
        INFO(describe(r));
        CHECK(r.outcome == MyNumberRegistration::Outcome::Refused);
        CHECK(r.reason == reason);
    };

    SECTION("政令市: 大阪市 and 堺市 residents, every programme, always")
    {
        const auto osaka = nanbyoRepo.registerNumber(
            entry(db.recipient(u"54"_s, u"271004"_s), PersonRole::Patient),
            secure(syntheticNumber()));
        refused(osaka, u"municipality"_s);
        CHECK(osaka.message ==
              u"大阪市の住民の個人番号は府では保有できません（大阪市が実施主体です）。"_s);
        const auto sakai =
            boshiRepo.registerNumber(entry(db.recipient(u"52"_s, u"271403"_s, u"2016-01-01"_s),
                                           PersonRole::Guardian, u"試験 父"_s, u"父"_s),
                                     secure(syntheticNumber()));
        refused(sakai, u"municipality"_s);
        CHECK(sakai.message ==
              u"堺市の住民の個人番号は府では保有できません（堺市が実施主体です）。"_s);
        CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber"_s) == before);
    }

    SECTION("中核市: 高槻市 is refused for 小児慢性 after 2003 but served for 難病")
    {
        const auto child = boshiRepo.registerNumber(
            entry(db.recipient(u"52"_s, u"272078"_s, u"2016-01-01"_s), PersonRole::Patient),
            secure(syntheticNumber()));
        refused(child, u"municipality"_s);
        CHECK(child.message ==
              u"高槻市の住民の個人番号は府では保有できません（高槻市が実施主体です）。"_s);
        const auto adult = nanbyoRepo.registerNumber(
            entry(db.recipient(u"54"_s, u"272078"_s), PersonRole::Patient),
            secure(syntheticNumber()));
        INFO(describe(adult));
        CHECK(adult.registered());
    }

    SECTION("八尾市 became 中核市 on 2018-04-01: an application of 31 March is the prefecture's, "
            "one of 1 April is not")
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.setting SET value = 36500"
                          " WHERE key = 'mynumber_backdate_days'"_s)
                    .ok);
        const qint64 early = db.recipient(u"52"_s, u"272124"_s, u"2012-02-01"_s);
        const qint64 late = db.recipient(u"52"_s, u"272124"_s, u"2012-02-01"_s);
        const auto onMarch31 =
            boshiRepo.registerNumber(entry(early, PersonRole::Patient, {}, {}, QDate(2018, 3, 31)),
                                     secure(syntheticNumber()));
        INFO(describe(onMarch31));
        CHECK(onMarch31.registered());
        const auto onApril1 = boshiRepo.registerNumber(
            entry(late, PersonRole::Patient, {}, {}, QDate(2018, 4, 1)), secure(syntheticNumber()));
        refused(onApril1, u"municipality"_s);
        CHECK(onApril1.message.startsWith(u"八尾市の住民"_s));

        // The client can ask before anyone types a number; same rules, same dates.
        const auto before31 = boshiRepo.eligibility(late, QDate(2018, 3, 31));
        const auto after1 = boshiRepo.eligibility(late, QDate(2018, 4, 1));
        REQUIRE(before31.size() == 3);
        REQUIRE(after1.size() == 3);
        CHECK(before31[0].role == PersonRole::Patient);
        CHECK(before31[0].allowed);
        CHECK(before31[1].allowed);       // guardian
        CHECK_FALSE(before31[2].allowed); // household: not collected for 52
        CHECK(before31[2].reason == u"role"_s);
        for (const auto& e : after1) {
            CHECK_FALSE(e.allowed);
            CHECK(e.reason == u"municipality"_s);
        }
    }

    SECTION("application dates: not in the future, not further back than the setting")
    {
        const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
        refused(nanbyoRepo.registerNumber(
                    entry(rid, PersonRole::Patient, {}, {}, QDate::currentDate().addDays(1)),
                    secure(syntheticNumber())),
                u"application_date"_s);
        refused(nanbyoRepo.registerNumber(
                    entry(rid, PersonRole::Patient, {}, {}, QDate::currentDate().addDays(-367)),
                    secure(syntheticNumber())),
                u"application_date"_s);
        CHECK(nanbyoRepo
                  .registerNumber(
                      entry(rid, PersonRole::Patient, {}, {}, QDate::currentDate().addDays(-366)),
                      secure(syntheticNumber()))
                  .registered());
    }

    SECTION("person roles: 小児慢性 collects no household members; 難病 a guardian only for a "
            "minor")
    {
        const auto household =
            boshiRepo.registerNumber(entry(db.recipient(u"52"_s, u"272027"_s, u"2016-01-01"_s),
                                           PersonRole::Household, u"試験 祖母"_s, u"祖母"_s),
                                     secure(syntheticNumber()));
        refused(household, u"role"_s);
        CHECK(household.message == u"小児慢性特定疾病医療費では世帯員の個人番号は収集しません。"_s);

        const qint64 adult = db.recipient(u"54"_s, u"272027"_s, u"1970-01-01"_s);
        refused(nanbyoRepo.registerNumber(entry(adult, PersonRole::Guardian, u"試験 母"_s, u"母"_s),
                                          secure(syntheticNumber())),
                u"role_adult"_s);
        CHECK(nanbyoRepo
                  .registerNumber(entry(adult, PersonRole::Household, u"試験 夫"_s, u"夫"_s),
                                  secure(syntheticNumber()))
                  .registered());
        const qint64 minor = db.recipient(u"54"_s, u"272027"_s,
                                          QDate::currentDate().addYears(-10).toString(Qt::ISODate));
        CHECK(nanbyoRepo
                  .registerNumber(entry(minor, PersonRole::Guardian, u"試験 母"_s, u"母"_s),
                                  secure(syntheticNumber()))
                  .registered());
        // One patient and one guardian per recipient.
        refused(nanbyoRepo.registerNumber(entry(minor, PersonRole::Guardian, u"試験 父"_s, u"父"_s),
                                          secure(syntheticNumber())),
                u"role_taken"_s);
        // Names: required for others, not for the patient (the recipient's own name is used).
        refused(nanbyoRepo.registerNumber(entry(minor, PersonRole::Household),
                                          secure(syntheticNumber())),
                u"person"_s);
        refused(nanbyoRepo.registerNumber(entry(minor, PersonRole::Patient, u"別人"_s, u"本人"_s),
                                          secure(syntheticNumber())),
                u"person"_s);
    }

    SECTION("a municipality missing from the master is refused, not guessed")
    {
        const auto unknown = nanbyoRepo.registerNumber(
            entry(db.recipient(u"54"_s, u"131016"_s), PersonRole::Patient),
            secure(syntheticNumber()));
        refused(unknown, u"municipality_unknown"_s);
        CHECK(unknown.message.contains(u"131016"_s));
    }

    SECTION("the server validates the number itself: a psql user cannot skip the client's check")
    {
        const auto key = activeKey(*nanbyoSession);
        const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
        const QString number = syntheticNumber();
        const auto badDigit = rawRegister(*nanbyoSession, rid, u"patient"_s, key.keyIdHex(),
                                          someEnvelope(key, number), wrongCheckDigit(number));
        REQUIRE(badDigit.ok);
        CHECK(badDigit.first(u"reason"_s).toString() == u"check_digit"_s);
        const auto badFormat = rawRegister(*nanbyoSession, rid, u"patient"_s, key.keyIdHex(),
                                           someEnvelope(key, number), number.left(11) + u'x');
        CHECK(badFormat.first(u"reason"_s).toString() == u"number_format"_s);
        // The client refuses first, with the validator's message.
        const auto client = nanbyoRepo.registerNumber(entry(rid, PersonRole::Patient),
                                                      secure(wrongCheckDigit(number)));
        refused(client, u"invalid_number"_s);
        CHECK(client.message.contains(u"チェックデジット"_s));
    }

    // Every refusal is in the access log; no number is.
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                   " AND outcome = 'refused'"_s) >= 1);
    CHECK(kohi::test::findMyNumbers(db.auditText()).isEmpty());
}

TEST_CASE("registration refuses an envelope for another key, and a terminal whose pinned "
          "fingerprint does not match seals nothing",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);
    auto session = db.login(clerk);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);

    kohi::crypto::KeyPair stranger;
    REQUIRE(kohi::crypto::KeyPair::generate(&stranger, nullptr));
    const auto wrongKey =
        rawRegister(*session, rid, u"patient"_s, stranger.publicKey().keyIdHex(),
                    someEnvelope(stranger.publicKey(), syntheticNumber()), syntheticNumber());
    REQUIRE(wrongKey.ok);
    CHECK(wrongKey.first(u"reason"_s).toString() == u"key"_s);
    const auto key = activeKey(*session);
    const auto claimsActive =
        rawRegister(*session, rid, u"patient"_s, key.keyIdHex(),
                    someEnvelope(stranger.publicKey(), syntheticNumber()), syntheticNumber());
    CHECK(claimsActive.first(u"reason"_s).toString() == u"envelope"_s);
    const auto truncated =
        rawRegister(*session, rid, u"patient"_s, key.keyIdHex(),
                    someEnvelope(key, syntheticNumber()).left(60), syntheticNumber());
    CHECK(truncated.first(u"reason"_s).toString() == u"envelope"_s);

    const qint64 attempts =
        db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"_s);
    QString wrongPin = pin;
    wrongPin[0] = wrongPin[0] == u'0' ? u'1' : u'0';
    MyNumberRepository mispinned(*session, wrongPin);
    const auto r =
        mispinned.registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()));
    CHECK(r.reason == u"pin"_s);
    CHECK(r.message.contains(u"フィンガープリントと一致しません"_s));
    MyNumberRepository unpinned(*session, {});
    CHECK(unpinned.registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()))
              .reason == u"pin"_s);
    // A session that would log bind parameters (here a role-level override by a superuser)
    // gets no plaintext at all.
    const Staff loud = db.staff(u"mnl"_s, {u"kohi_clerk_nanbyo"_s});
    REQUIRE(
        db.dba().exec(u"ALTER ROLE "_s + loud.login + u" SET log_parameter_max_length = -1"_s).ok);
    auto loudSession = db.login(loud);
    const auto logged =
        MyNumberRepository(*loudSession, pin)
            .registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()));
    CHECK(logged.reason == u"logging"_s);
    CHECK(logged.message.contains(u"ログに残るおそれ"_s));
    // Nothing was sent.
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"_s) ==
          attempts);
    CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 0);
}

TEST_CASE("a viewer reveals with a reason and their passphrase, every reveal is logged once, and "
          "the envelope alone is useless",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString passphrase = u"viewer passphrase one"_s;
    const QString pin = db.createKey(viewer, passphrase);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
    auto clerkSession = db.login(clerk);
    const QString number = syntheticNumber();
    const auto reg = MyNumberRepository(*clerkSession, pin)
                         .registerNumber(entry(rid, PersonRole::Patient), secure(number));
    REQUIRE(reg.registered());

    auto viewerSession = db.login(viewer);
    MyNumberRepository repo(*viewerSession, pin);
    // Reveals that handed out an envelope (ok) and refused attempts (recorded by the server
    // since 0019 with the error the caller got).
    auto reveals = [&db, &viewer] {
        return db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_reveal'"
                        " AND login = $1 AND outcome = 'ok'"_s,
                        {viewer.login.toUtf8()});
    };
    auto refusals = [&db](const QString& login) {
        return db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_reveal'"
                        " AND login = $1 AND outcome = 'refused'"_s,
                        {login.toUtf8()});
    };

    // What the server hands out: envelope and wrapped key, neither readable as such.
    REQUIRE(viewerSession->exec(u"SET bytea_output = hex"_s).ok);
    const auto raw = viewerSession->exec(
        u"SELECT * FROM kohi_api.mynumber_reveal($1::bigint, 'identity', NULL)"_s,
        {QByteArray::number(reg.id)});
    REQUIRE(raw.ok);
    CHECK(reveals() == 1);
    CHECK_FALSE(flatten(raw).contains(number));
    CHECK_FALSE(flatten(raw).contains(QString::fromLatin1(hexOfAscii(number))));
    const QByteArray envelope = kohi::db::bytea::fromValue(raw.first(u"envelope"_s));
    const QByteArray wrapped = kohi::db::bytea::fromValue(raw.first(u"wrapped_key"_s));
    REQUIRE(envelope.size() == 89);
    REQUIRE(wrapped.size() == kohi::crypto::KeyWrapper::BlobSize);
    kohi::crypto::KeyPair guess;
    REQUIRE(kohi::crypto::KeyPair::generate(&guess, nullptr));
    SecureBytes nothing;
    const QByteArray ad = MyNumberRepository::associatedData(
        rid, u"patient", QUuid(raw.first(u"seal_ref"_s).toString()));
    CHECK_FALSE(kohi::crypto::Sealer::open(envelope, guess, ad, &nothing, nullptr));
    kohi::crypto::KeyPair unwrapped;
    CHECK_FALSE(kohi::crypto::KeyWrapper::unwrapKey(wrapped, u"", &unwrapped, nullptr));

    // Wrong passphrase: logged (the envelope left the server), nothing readable.
    QString error;
    CHECK(revealed(repo, reg.id, u"viewer passphrase two"_s, &error).isEmpty());
    CHECK(error == u"復号用パスフレーズが正しくありません。"_s);
    CHECK(reveals() == 2);

    // Right passphrase: the number, and exactly one more event with reason and terminal.
    SecureBytes shown;
    REQUIRE(
        repo.reveal(reg.id, u"other"_s, u"電話での本人確認のため"_s, passphrase, &shown, &error));
    QString text = shown.toDisplayString();
    CHECK(text == number);
    kohi::crypto::wipe(text);
    CHECK(reveals() == 3);
    const auto last = db.dba().exec(
        u"SELECT target, terminal_id, programme, details->>'reason' AS reason,"
        " details->>'reason_text' AS reason_text, (details->>'mynumber_id')::bigint AS id"
        " FROM kohi.audit_event WHERE action = 'mynumber_reveal' AND details->>'reason' = 'その他'"_s);
    REQUIRE(last.ok);
    REQUIRE(last.rows.size() == 1);
    CHECK(last.first(u"target"_s).toString() == u"recipient:%1"_s.arg(rid));
    CHECK(last.first(u"terminal_id"_s).toString() == u"test-terminal"_s);
    CHECK(last.first(u"programme"_s).toString() == u"54"_s);
    CHECK(last.first(u"reason"_s).toString() == u"その他"_s);
    CHECK(last.first(u"reason_text"_s).toString() == u"電話での本人確認のため"_s);
    CHECK(last.first(u"id"_s).toLongLong() == reg.id);

    // Refused without a reason, without the free text その他 needs, with a number in the text,
    // or from a connection that has not declared its terminal: nothing handed out, and only the
    // refusal is logged.
    const qint64 logged = reveals();
    CHECK(refusals(viewer.login) == 0);
    for (const auto& [category, reasonText] :
         QList<std::pair<QString, QString>>{{QString(), QString()},
                                            {u"unknown"_s, QString()},
                                            {u"other"_s, u"  "_s},
                                            {u"identity"_s, u"番号 "_s + syntheticNumber()}}) {
        CHECK_FALSE(repo.reveal(reg.id, category, reasonText, passphrase, &shown, &error));
        INFO(error.toStdString());
        CHECK_FALSE(error.isEmpty());
    }
    auto undeclared = db.login(viewer, false);
    CHECK_FALSE(MyNumberRepository(*undeclared, pin)
                    .reveal(reg.id, u"identity"_s, {}, passphrase, &shown, &error));
    CHECK(error.contains(u"端末"_s));
    CHECK(reveals() == logged);
    CHECK(refusals(viewer.login) == 5);

    // A clerk may not call it at all (and that is logged as a refusal).
    const auto byClerk = clerkSession->exec(
        u"SELECT * FROM kohi_api.mynumber_reveal($1::bigint, 'identity', NULL)"_s,
        {QByteArray::number(reg.id)});
    CHECK(byClerk.sqlState == u"42501"_s);
    CHECK(refusals(clerk.login) == 1);
    CHECK(kohi::test::findMyNumbers(db.auditText()).isEmpty());
}

TEST_CASE("an envelope that was altered, swapped with another row's, or moved to other associated "
          "data does not open",
          "[mynumber]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString passphrase = u"viewer passphrase one"_s;
    const QString pin = db.createKey(viewer, passphrase);
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
    auto clerkSession = db.login(clerk);
    MyNumberRepository clerkRepo(*clerkSession, pin);
    const auto a = clerkRepo.registerNumber(
        entry(rid, PersonRole::Household, u"試験 一"_s, u"夫"_s), secure(syntheticNumber()));
    const auto b = clerkRepo.registerNumber(
        entry(rid, PersonRole::Household, u"試験 二"_s, u"子"_s), secure(syntheticNumber()));
    const auto c =
        clerkRepo.registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()));
    REQUIRE(a.registered());
    REQUIRE(b.registered());
    REQUIRE(c.registered());
    auto viewerSession = db.login(viewer);
    MyNumberRepository repo(*viewerSession, pin);
    REQUIRE_FALSE(revealed(repo, a.id, passphrase).isEmpty());
    REQUIRE_FALSE(revealed(repo, c.id, passphrase).isEmpty());

    const QString failure = u"マイナンバーを復号できませんでした。"_s;
    QString error;
    SECTION("one byte of the ciphertext changed")
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.mynumber SET envelope = set_byte(envelope, 80,"
                          " get_byte(envelope, 80) # 1) WHERE id = $1"_s,
                          {QByteArray::number(a.id)})
                    .ok);
        CHECK(revealed(repo, a.id, passphrase, &error).isEmpty());
        CHECK(error.startsWith(failure));
    }
    SECTION("two household members' envelopes swapped (same recipient, same role)")
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.mynumber m SET envelope = o.envelope FROM kohi.mynumber o"
                          " WHERE m.id = $1 AND o.id = $2"_s,
                          {QByteArray::number(a.id), QByteArray::number(b.id)})
                    .ok);
        CHECK(revealed(repo, a.id, passphrase, &error).isEmpty());
        CHECK(error.startsWith(failure));
    }
    SECTION("the bound data changed: role, recipient or seal reference")
    {
        const qint64 other = db.recipient(u"54"_s, u"272027"_s);
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.mynumber SET person_role = 'guardian' WHERE id = $1"_s,
                          {QByteArray::number(a.id)})
                    .ok);
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.mynumber SET recipient_id = $2 WHERE id = $1"_s,
                          {QByteArray::number(c.id), QByteArray::number(other)})
                    .ok);
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.mynumber SET seal_ref = gen_random_uuid() WHERE id = $1"_s,
                          {QByteArray::number(b.id)})
                    .ok);
        for (qint64 id : {a.id, b.id, c.id}) {
            CHECK(revealed(repo, id, passphrase, &error).isEmpty());
            CHECK(error.startsWith(failure));
        }
    }
}

namespace {

// Proposes as `by` and has `approver` approve; returns the proposal id.
qint64 approvedProposal(Session& by, Session& approver, MyNumberKeyCeremony::ProposalKind kind,
                        const QString& viewer = {}, bool dropOthers = false)
{
    MyNumberKeyCeremony::Proposal proposal;
    QString error;
    const bool proposed = MyNumberKeyCeremony(by).propose(kind, viewer, dropOthers, u"試験のため"_s,
                                                          &proposal, &error);
    INFO(error.toStdString());
    REQUIRE(proposed);
    const bool approved = MyNumberKeyCeremony(approver).approve(proposal.id, {}, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(approved);
    return proposal.id;
}

} // namespace

TEST_CASE("key ceremonies: first key once, enrolment by an existing viewer, removal, and rotation "
          "re-seals every number, each after another person's approval",
          "[mynumber][keys]")
{
    using Kind = MyNumberKeyCeremony::ProposalKind;
    MyNumberDb db;
    const Staff alice = db.staff(u"mnva"_s, {u"kohi_mynumber_viewer"_s});
    const Staff bob = db.staff(u"mnvb"_s, {u"kohi_mynumber_viewer"_s});
    const Staff carol = db.staff(u"mnua"_s, {u"kohi_user_admin"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s});
    const QString alicePass = u"alice reveal passphrase"_s;
    const QString bobPass = u"bob reveal passphrase!"_s;
    auto clerkSession = db.login(clerk);
    auto aliceSession = db.login(alice);
    auto bobSession = db.login(bob);
    auto carolSession = db.login(carol);
    QString error;

    // Before any key: nothing to seal to.
    kohi::crypto::PublicKey none;
    CHECK_FALSE(MyNumberRepository(*clerkSession, u"00"_s).publicKey(&none, &error));
    CHECK(error.contains(u"まだ作成されていません"_s));

    // A clerk cannot create the key; a viewer cannot create one for someone else; weak
    // passphrases are refused before anything is generated.
    CHECK_FALSE(MyNumberKeyCeremony(*clerkSession, FastArgon2)
                    .createFirstKey(clerk.login, alicePass, nullptr, &error));
    CHECK_FALSE(MyNumberKeyCeremony(*aliceSession, FastArgon2)
                    .createFirstKey(bob.login, bobPass, nullptr, &error));
    CHECK_FALSE(MyNumberKeyCeremony(*aliceSession, FastArgon2)
                    .createFirstKey(alice.login, u"short"_s, nullptr, &error));
    CHECK(error.contains(u"16文字以上"_s));
    MyNumberKeyCeremony::KeyInfo first;
    REQUIRE(MyNumberKeyCeremony(*aliceSession, FastArgon2)
                .createFirstKey(alice.login, alicePass, &first, &error));
    CHECK_FALSE(MyNumberKeyCeremony(db.dba(), FastArgon2)
                    .createFirstKey(bob.login, bobPass, nullptr, &error));
    CHECK(error.contains(u"keys propose rotate"_s));

    // Numbers in both groups.
    MyNumberRepository clerkRepo(*clerkSession, first.fingerprintHex);
    QList<std::pair<qint64, QString>> numbers;
    for (const auto& [programme, role] :
         QList<std::pair<QString, PersonRole>>{{u"54"_s, PersonRole::Patient},
                                               {u"54"_s, PersonRole::Patient},
                                               {u"52"_s, PersonRole::Guardian}}) {
        const QString n = syntheticNumber();
        const qint64 rid = db.recipient(programme, u"272027"_s, u"2015-01-01"_s);
        const auto r = clerkRepo.registerNumber(
            entry(rid, role, role == PersonRole::Patient ? QString() : u"試験 母"_s,
                  role == PersonRole::Patient ? QString() : u"母"_s),
            secure(n));
        INFO(describe(r));
        REQUIRE(r.registered());
        numbers << std::pair{r.id, n};
    }

    // Enrolment: only by a holder, never of oneself, only of a viewer, once, and only after
    // someone else approved the holder's proposal (not the proposer, not the new viewer).
    MyNumberKeyCeremony aliceCeremony(*aliceSession, FastArgon2);
    CHECK_FALSE(
        MyNumberKeyCeremony(*bobSession, FastArgon2).enrol(bob.login, bobPass, bobPass, &error));
    CHECK_FALSE(aliceCeremony.enrol(alice.login, alicePass, u"another passphrase"_s, &error));
    CHECK_FALSE(aliceCeremony.enrol(clerk.login, alicePass, u"clerk passphrase!!"_s, &error));
    CHECK(error.contains(u"閲覧者ではありません"_s));
    CHECK_FALSE(aliceCeremony.enrol(bob.login, u"not alice's passphrase"_s, bobPass, &error));
    CHECK(error == u"復号用パスフレーズが正しくありません。"_s);
    CHECK_FALSE(aliceCeremony.enrol(bob.login, alicePass, bobPass, &error));
    CHECK(error.contains(u"承認した提案がなければ"_s));
    MyNumberKeyCeremony::Proposal enrolBob;
    REQUIRE(aliceCeremony.propose(Kind::Enrol, bob.login, false, {}, &enrolBob, &error));
    CHECK_FALSE(aliceCeremony.approve(enrolBob.id, {}, nullptr, &error));
    CHECK(error.contains(u"自分の提案は承認できません"_s));
    CHECK_FALSE(MyNumberKeyCeremony(*bobSession).approve(enrolBob.id, {}, nullptr, &error));
    CHECK(error.contains(u"自分が対象の提案"_s));
    CHECK_FALSE(MyNumberKeyCeremony(*clerkSession).approve(enrolBob.id, {}, nullptr, &error));
    REQUIRE(MyNumberKeyCeremony(*carolSession).approve(enrolBob.id, {}, nullptr, &error));
    CHECK_FALSE(
        aliceCeremony.enrol(bob.login, alicePass, u"My id is "_s + bob.login.toUpper(), &error));
    CHECK(error.contains(u"ユーザーID"_s)); // a passphrase holding the login is refused
    REQUIRE(aliceCeremony.enrol(bob.login, alicePass, bobPass, &error));
    CHECK_FALSE(aliceCeremony.enrol(bob.login, alicePass, bobPass, &error));
    MyNumberRepository bobRepo(*bobSession, first.fingerprintHex);
    CHECK(revealed(bobRepo, numbers[2].first, bobPass) == numbers[2].second);
    CHECK(revealed(bobRepo, numbers[2].first, alicePass).isEmpty()); // each their own passphrase

    // A rotation whose ids do not cover every number is refused and changes nothing — and the
    // approval it used is spent (its envelopes were handed out once).
    approvedProposal(*aliceSession, *bobSession, Kind::Rotate, {}, true);
    {
        REQUIRE(aliceSession->exec(u"BEGIN"_s).ok);
        const auto fetched =
            aliceSession->exec(u"SELECT * FROM kohi_api.mynumber_rotation_envelopes()"_s);
        INFO(fetched.errorMessage.toStdString());
        REQUIRE(fetched.ok);
        CHECK(fetched.rows.size() == 3);
        const auto partial = aliceSession->exec(
            u"SELECT * FROM kohi_api.mynumber_key_rotate($1::bytea, $2::bytea, $3::bigint[],"
            " $4::bytea[])"_s,
            {kohi::db::bytea::toParam(QByteArray(32, '\x09')),
             kohi::db::bytea::toParam(QByteArray(105, '\x01')),
             QByteArray("{") + QByteArray::number(numbers[0].first) + '}',
             kohi::db::bytea::toArrayParam({QByteArray(89, '\x01')})});
        CHECK_FALSE(partial.ok);
        CHECK(partial.errorMessage.contains(u"一致しません"_s));
        aliceSession->exec(u"ROLLBACK"_s);
        CHECK(MyNumberKeyCeremony(db.dba()).keys(&error).size() == 1);
    }
    MyNumberKeyCeremony::Rotation rotation;
    CHECK_FALSE(aliceCeremony.rotate(alicePass, &rotation, &error));
    CHECK(error.contains(u"一括取得は既に行われました"_s));

    // Rotation with a new approval: every number re-sealed, old key retired with its wrapped
    // keys (Bob's too: the proposal said so).
    const qint64 rotationId =
        approvedProposal(*aliceSession, *carolSession, Kind::Rotate, {}, true);
    REQUIRE(aliceCeremony.rotate(alicePass, &rotation, &error));
    CHECK(rotation.proposalId == rotationId);
    CHECK(rotation.handedOut == 3);
    CHECK(rotation.resealed == 3);
    CHECK(rotation.oldKeyIdHex == first.keyIdHex);
    CHECK(rotation.viewersToEnrol == QStringList{bob.login});
    const auto keys = MyNumberKeyCeremony(db.dba()).keys(&error);
    REQUIRE(keys.size() == 2);
    CHECK(keys[0].status == u"retired"_s);
    CHECK(keys[0].viewers.isEmpty());
    CHECK(keys[1].status == u"active"_s);
    CHECK(keys[1].numbers == 3);
    CHECK(keys[1].viewers == QStringList{alice.login});
    CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber WHERE resealed_at IS NOT NULL"
                   " AND key_id = decode($1, 'hex')"_s,
                   {rotation.newKeyIdHex.toUtf8()}) == 3);
    MyNumberRepository aliceRepo(*aliceSession, rotation.newFingerprintHex);
    for (const auto& [id, n] : numbers)
        CHECK(revealed(aliceRepo, id, alicePass) == n);
    CHECK(revealed(bobRepo, numbers[0].first, bobPass, &error).isEmpty());
    CHECK(error.contains(u"再登録"_s));
    // Carried out once: the same approval does not open a second window.
    CHECK_FALSE(aliceCeremony.rotate(alicePass, &rotation, &error));

    // Clerks' terminals: the cached old key is refused by the server, the new one by the pin
    // until the configuration is updated.
    const qint64 rid = db.recipient(u"54"_s, u"272027"_s);
    CHECK(clerkRepo.registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()))
              .reason == u"key"_s);
    CHECK(clerkRepo.registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()))
              .reason == u"pin"_s);
    CHECK(MyNumberRepository(*clerkSession, rotation.newFingerprintHex)
              .registerNumber(entry(rid, PersonRole::Patient), secure(syntheticNumber()))
              .registered());

    // Bob is enrolled again (approved by the user administrator); removal with approval; the
    // last holder stays.
    approvedProposal(*aliceSession, *carolSession, Kind::Enrol, bob.login);
    REQUIRE(aliceCeremony.enrol(bob.login, alicePass, bobPass, &error));
    CHECK(revealed(bobRepo, numbers[1].first, bobPass) == numbers[1].second);
    CHECK(MyNumberKeyCeremony(*bobSession).removeViewer(bob.login, &error) == -1);
    CHECK(error.contains(u"承認した提案がなければ"_s));
    approvedProposal(*bobSession, *aliceSession, Kind::Remove, bob.login);
    CHECK(MyNumberKeyCeremony(*bobSession).removeViewer(bob.login, &error) == 1);
    CHECK(MyNumberKeyCeremony(*clerkSession).removeViewer(alice.login, &error) == -1);
    CHECK(MyNumberKeyCeremony(db.dba()).removeViewer(alice.login, &error) == -1);
    CHECK_FALSE(MyNumberKeyCeremony(*carolSession)
                    .propose(Kind::Remove, alice.login, false, {}, nullptr, &error));
    CHECK(error.contains(u"最後の閲覧者"_s));

    kohi::test::sealAuditLog(db.dba());
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action IN ('mynumber_key_create',"
                   " 'mynumber_key_enrol', 'mynumber_key_rotate', 'mynumber_key_remove')"
                   " AND outcome = 'ok'"_s) == 5);
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE outcome = 'ok'"
                   " AND action IN ('mynumber_key_propose', 'mynumber_key_approve')"_s) == 10);
}

namespace {

struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

AdminRun runAdmin(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QProcessEnvironment clusterEnvironment(const QString& envFile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QFile f(envFile);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

} // namespace

// The proposal number kohi-admin keys propose printed.
qint64 proposalNumber(const QString& out)
{
    const qsizetype at = out.indexOf(u"提案番号: "_s);
    REQUIRE(at >= 0);
    return out.mid(at + 6).section(u'\n', 0, 0).trimmed().toLongLong();
}

TEST_CASE("kohi-admin keys: create, fingerprint, propose and approve, enrol by an existing viewer, "
          "rotate, list, remove",
          "[mynumber][keys][admin]")
{
    MyNumberDb db;
    const Staff alice = db.staff(u"mnka"_s, {u"kohi_mynumber_viewer"_s});
    const Staff bob = db.staff(u"mnkb"_s, {u"kohi_mynumber_viewer"_s});
    const Staff carol = db.staff(u"mnku"_s, {u"kohi_user_admin"_s});
    QProcessEnvironment env = clusterEnvironment(TestDatabase::instance().envFile());
    env.insert(u"PGDATABASE"_s, db.name());
    const QByteArray alicePass = "alice reveal passphrase";
    const auto as = [&env](const Staff& who) {
        QProcessEnvironment e = env;
        e.insert(u"PGUSER"_s, who.login);
        e.insert(u"PGPASSWORD"_s, who.password);
        e.remove(u"PGPASSFILE"_s);
        return e;
    };

    const AdminRun usage = runAdmin({u"keys"_s, u"enrol"_s, u"--viewer"_s, bob.login}, env, {});
    CHECK(usage.exitCode == 2);
    CHECK(runAdmin({u"keys"_s, u"propose"_s, u"enrol"_s}, env, {}).exitCode == 2);
    CHECK(runAdmin({u"keys"_s, u"approve"_s, u"x"_s}, env, {}).exitCode == 2);

    const AdminRun weak =
        runAdmin({u"keys"_s, u"create"_s, u"--viewer"_s, alice.login, u"--passphrase-stdin"_s}, env,
                 "much too short\n");
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(u"16文字以上"_s));

    const AdminRun created =
        runAdmin({u"keys"_s, u"create"_s, u"--viewer"_s, alice.login, u"--passphrase-stdin"_s}, env,
                 alicePass + '\n');
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const auto key = activeKey(db.dba());
    CHECK(created.out.contains(u"public_key_fingerprint="_s + key.fingerprintHex()));
    CHECK(created.out.contains(key.fingerprintForDisplay()));

    const AdminRun fingerprint = runAdmin({u"keys"_s, u"fingerprint"_s}, env, {});
    REQUIRE(fingerprint.exitCode == 0);
    CHECK(fingerprint.out.contains(u"public_key_fingerprint="_s + key.fingerprintHex()));

    // Without an approved proposal, Alice cannot enrol Bob.
    const AdminRun unapproved =
        runAdmin({u"keys"_s, u"enrol"_s, u"--viewer"_s, bob.login, u"--by"_s, alice.login,
                  u"--passphrase-stdin"_s},
                 env, alice.password.toUtf8() + '\n' + alicePass + "\nbob's reveal phrase 2026\n");
    CHECK(unapproved.exitCode == 1);
    CHECK(unapproved.err.contains(u"承認した提案がなければ"_s));

    // Alice proposes; she cannot approve it herself; the user administrator approves.
    const AdminRun proposed =
        runAdmin({u"keys"_s, u"propose"_s, u"enrol"_s, bob.login, u"--reason"_s, u"異動"_s,
                  u"--by"_s, alice.login, u"--passphrase-stdin"_s},
                 env, alice.password.toUtf8() + '\n');
    INFO(proposed.err.toStdString());
    REQUIRE(proposed.exitCode == 0);
    const qint64 enrolId = proposalNumber(proposed.out);
    const AdminRun own =
        runAdmin({u"keys"_s, u"approve"_s, QString::number(enrolId)}, as(alice), {});
    CHECK(own.exitCode == 1);
    CHECK(own.err.contains(u"自分の提案は承認できません"_s));
    const AdminRun listed = runAdmin({u"keys"_s, u"proposals"_s}, as(carol), {});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QString::number(enrolId) + u"\tenrol\t"_s + bob.login));
    const AdminRun approved =
        runAdmin({u"keys"_s, u"approve"_s, QString::number(enrolId), u"--note"_s, u"確認済み"_s},
                 as(carol), {});
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(alice.login));

    // Alice enrols Bob: her login password, her passphrase, then Bob's new passphrase.
    const AdminRun enrolled =
        runAdmin({u"keys"_s, u"enrol"_s, u"--viewer"_s, bob.login, u"--by"_s, alice.login,
                  u"--passphrase-stdin"_s},
                 env, alice.password.toUtf8() + '\n' + alicePass + "\nbob reveal passphrase\n");
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.exitCode == 0);
    CHECK(enrolled.out.contains(bob.login));
    // The wrapped key uses the production Argon2 cost.
    const auto blob = db.dba().exec(
        u"SELECT wrapped FROM kohi.mynumber_key_wrap WHERE viewer = $1"_s, {bob.login.toUtf8()});
    REQUIRE(blob.ok);
    QByteArray keyId;
    kohi::crypto::Argon2Params params;
    REQUIRE(kohi::crypto::KeyWrapper::inspect(kohi::db::bytea::fromValue(blob.first(u"wrapped"_s)),
                                              &keyId, &params, nullptr));
    CHECK(params == kohi::crypto::Argon2Params{});

    const AdminRun wrongPassphrase =
        runAdmin({u"keys"_s, u"rotate"_s, u"--by"_s, alice.login, u"--passphrase-stdin"_s}, env,
                 alice.password.toUtf8() + "\nnot the passphrase\n");
    CHECK(wrongPassphrase.exitCode == 1);
    CHECK(wrongPassphrase.err.contains(u"パスフレーズが正しくありません"_s));

    // A rotation would delete Bob's wrapped key: the proposal must say so; Bob approves it.
    const AdminRun silent = runAdmin({u"keys"_s, u"propose"_s, u"rotate"_s}, as(alice), {});
    CHECK(silent.exitCode == 1);
    CHECK(silent.err.contains(u"--drop-other-viewers"_s));
    const AdminRun rotation =
        runAdmin({u"keys"_s, u"propose"_s, u"rotate"_s, u"--drop-other-viewers"_s}, as(alice), {});
    INFO(rotation.err.toStdString());
    REQUIRE(rotation.exitCode == 0);
    CHECK(rotation.out.contains(bob.login));
    REQUIRE(runAdmin({u"keys"_s, u"approve"_s, QString::number(proposalNumber(rotation.out))},
                     as(bob), {})
                .exitCode == 0);

    // As Alice through the environment (PGUSER), as a viewer's own script would.
    const AdminRun rotated =
        runAdmin({u"keys"_s, u"rotate"_s, u"--passphrase-stdin"_s}, as(alice), alicePass + '\n');
    INFO(rotated.err.toStdString());
    REQUIRE(rotated.exitCode == 0);
    const auto newKey = activeKey(db.dba());
    CHECK(newKey.fingerprintHex() != key.fingerprintHex());
    CHECK(rotated.out.contains(u"public_key_fingerprint="_s + newKey.fingerprintHex()));
    CHECK(rotated.out.contains(bob.login)); // to be enrolled again
    CHECK(rotated.out.contains(u"取得 0件のうち 0件"_s));

    const AdminRun list = runAdmin({u"keys"_s, u"list"_s}, env, {});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"retired"_s));
    CHECK(list.out.contains(newKey.keyIdHex()));

    const AdminRun history = runAdmin({u"keys"_s, u"proposals"_s, u"--all"_s}, as(bob), {});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.count(u"\tdone\t"_s) == 2);

    const AdminRun removeLast =
        runAdmin({u"keys"_s, u"propose"_s, u"remove"_s, alice.login}, as(carol), {});
    CHECK(removeLast.exitCode == 1);
    CHECK(removeLast.err.contains(u"最後の閲覧者"_s));

    // Ceremonies are in the access log with the terminal.
    kohi::test::sealAuditLog(db.dba());
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action IN ('mynumber_key_create',"
                   " 'mynumber_key_enrol', 'mynumber_key_rotate') AND terminal_id IS NOT NULL"
                   " AND outcome = 'ok'"_s) == 3);
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action IN ('mynumber_key_propose',"
                   " 'mynumber_key_approve') AND terminal_id IS NOT NULL AND outcome = 'ok'"_s) ==
          4);
}

TEST_CASE("the My Number scanner finds planted numbers and ignores what only looks like one",
          "[mynumber][scan]")
{
    const QString a = syntheticNumber();
    const QString b = syntheticNumber();
    QString fullWidth;
    for (QChar c : b)
        fullWidth += QChar(0xFF10 + c.digitValue());
    const QString sample = u"LOG:  statement: SELECT 1\nDETAIL: value '%1' here\n番号%2です\n"
                           "grouped %3-%4-%5 and %6 %7 %8\nCOPY data \\\\x%9\n"_s.arg(
                               a, fullWidth, b.left(4), b.mid(4, 4), b.right(4), a.left(4),
                               a.mid(4, 4), a.right(4), QString::fromLatin1(hexOfAscii(b)));
    const auto found = kohi::test::findMyNumbers(sample);
    REQUIRE(found.size() == 5);
    CHECK(found[0].where == u"bytea"_s);
    CHECK(found[0].line == 5);
    CHECK(found[1].line == 2);
    CHECK(found[2].line == 3);
    CHECK(found[3].line == 4);
    for (const auto& f : found) {
        CHECK_FALSE(f.context.contains(a));
        CHECK_FALSE(f.context.contains(b));
    }
    // Not numbers: a wrong check digit, 13 digits, runs inside hex or base64 words, a UUID's
    // last group, timestamps and other short runs.
    const QString noise =
        u"%1 %2 ab%3cd x%4 3f2a9c1e-7b4d-4c1a-9e2f-%5 2026-11-26 00:49:29.123456+09 0721-00-1234"_s
            .arg(wrongCheckDigit(a), a + u'7', a, b, a);
    CHECK(kohi::test::findMyNumbers(noise).isEmpty());
}

namespace {

// A private cluster (created here, removed at the end) whose log holds only this test's
// statements and the migrations, so every line of it can be held to "no My Number".
struct ScanCluster
{
    QTemporaryDir parent{u"/tmp/kohi-mnscan-XXXXXX"_s};
    QString dir;
    QString script = TestDatabase::instance().value(u"KOHI_LOCALDB_SCRIPT"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    kohi::db::ConnectionSettings settings;

    ScanCluster()
    {
        dir = parent.path() + u"/db"_s;
        REQUIRE(QProcess::execute(u"bash"_s, {script, u"create"_s, u"--dir"_s, dir, u"--log-all"_s,
                                              u"--extension"_s,
                                              TestDatabase::instance().value(u"KOHI_AUTH_SO"_s)}) ==
                0);
        QProcess p;
        p.start(u"bash"_s, {script, u"env"_s, u"--dir"_s, dir, u"--admin"_s});
        REQUIRE(p.waitForFinished(60000));
        for (const QString& line :
             QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                env.insert(line.left(eq), line.mid(eq + 1));
        }
        settings.host = env.value(u"PGHOST"_s);
        settings.port = env.value(u"PGPORT"_s).toInt();
        settings.database = env.value(u"PGDATABASE"_s);
        settings.sslRootCert = env.value(u"PGSSLROOTCERT"_s);
        settings.terminalId = u"scan-terminal"_s;
        REQUIRE(admin({u"migrate"_s}).exitCode == 0);
        // Staff connect with a password and this cluster's terminal certificate.
        settings.sslCert = dir + u"/terminal.crt"_s;
        settings.sslKey = dir + u"/terminal.key"_s;
        REQUIRE(admin({u"terminal"_s, u"issue"_s, u"scan-terminal"_s, u"--reveals"_s, u"--cert"_s,
                       settings.sslCert, u"--key"_s, settings.sslKey})
                    .exitCode == 0);
        env.insert(u"PGSSLCERT"_s, settings.sslCert);
        env.insert(u"PGSSLKEY"_s, settings.sslKey);
    }
    ~ScanCluster() { QProcess::execute(u"bash"_s, {script, u"destroy"_s, u"--dir"_s, dir}); }

    AdminRun admin(const QStringList& args, const QByteArray& input = {},
                   const QProcessEnvironment& override = {})
    {
        return runAdmin(args, override.isEmpty() ? env : override, input);
    }
    std::unique_ptr<Session> login(const QString& user, const QString& password)
    {
        auto s = std::make_unique<Session>(settings);
        REQUIRE(s->open(user, password).ok());
        REQUIRE(s->exec(u"SELECT kohi_api.session_begin('scan-terminal')"_s).ok);
        return s;
    }
    // The server log, after a marker statement has reached it (the collector is asynchronous).
    QString log(Session& s)
    {
        const QString marker = u"kohi-scan-marker-"_s + QUuid::createUuid().toString(QUuid::Id128);
        REQUIRE(s.exec(u"SELECT '"_s + marker + u"'"_s).ok);
        QFile f(dir + u"/data/log/postgresql.log"_s);
        QString text;
        for (int i = 0; i < 100 && !text.contains(marker); ++i) {
            QThread::msleep(100);
            f.close();
            INFO("the server log must be readable: " << f.fileName().toStdString());
            REQUIRE(f.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(f.readAll());
        }
        REQUIRE(text.contains(marker));
        return text;
    }
    QString dump()
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(u"/usr/lib/postgresql/15/bin/pg_dump"_s, {u"--no-owner"_s, u"kohi"_s});
        REQUIRE(p.waitForFinished(120000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

void requireNoNumbers(const QString& text, const QString& what)
{
    const auto found = kohi::test::findMyNumbers(text);
    for (const auto& f : found)
        UNSCOPED_INFO(what.toStdString() << " line " << f.line << " (" << f.where.toStdString()
                                         << "): " << f.context.toStdString());
    CHECK(found.isEmpty());
}

} // namespace

TEST_CASE("after registering, refusing, revealing and rotating, neither the server log (every "
          "statement logged) nor a pg_dump contains a My Number, a passphrase or a password",
          "[mynumber][scan]")
{
    ScanCluster cluster;
    const QByteArray viewerPass = "viewer login Pw-2026";
    const QByteArray clerkPass = "clerk login Pw-2026";
    const QByteArray passphrase = "scan test reveal passphrase";
    REQUIRE(cluster
                .admin({u"user"_s, u"create"_s, u"scan_viewer"_s, u"--name"_s, u"試験 閲覧"_s,
                        u"--duty"_s, u"kohi_mynumber_viewer"_s, u"--password-stdin"_s},
                       viewerPass + '\n')
                .exitCode == 0);
    REQUIRE(cluster
                .admin({u"user"_s, u"create"_s, u"scan_clerk"_s, u"--name"_s, u"試験 事務"_s,
                        u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                       clerkPass + '\n')
                .exitCode == 0);
    const QByteArray adminPass = "useradmin login Pw-2026";
    REQUIRE(cluster
                .admin({u"user"_s, u"create"_s, u"scan_admin"_s, u"--name"_s, u"試験 管理"_s,
                        u"--duty"_s, u"kohi_user_admin"_s, u"--password-stdin"_s},
                       adminPass + '\n')
                .exitCode == 0);
    {
        Session dba(cluster.settings);
        QFile pgpass(cluster.env.value(u"PGPASSFILE"_s));
        REQUIRE(pgpass.open(QIODevice::ReadOnly));
        REQUIRE(dba.open(u"kohi_dba"_s,
                         QString::fromUtf8(pgpass.readLine().trimmed().split(':').value(4)))
                    .ok());
        REQUIRE(dba.exec(u"UPDATE kohi.staff SET must_change_password = false,"
                         " password_changed_at = now()"_s)
                    .ok);
        REQUIRE(
            dba.exec(u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                     " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                     " municipality_code) SELECT '54', (1000000 + i)::text, '試験', '一郎',"
                     " 'シケン', 'イチロウ', date '1950-01-01' + i, 1, '大阪府', c"
                     " FROM generate_series(1, 4) i,"
                     " LATERAL (SELECT CASE WHEN i = 4 THEN '271004' ELSE '272027' END AS c) x"_s)
                .ok);
    }
    REQUIRE(cluster
                .admin({u"keys"_s, u"create"_s, u"--viewer"_s, u"scan_viewer"_s,
                        u"--passphrase-stdin"_s},
                       passphrase + '\n')
                .exitCode == 0);

    auto clerk = cluster.login(u"scan_clerk"_s, QString::fromUtf8(clerkPass));
    kohi::crypto::PublicKey key;
    REQUIRE(MyNumberKeyCeremony(*clerk).activePublicKey(&key, nullptr));
    MyNumberRepository clerkRepo(*clerk, key.fingerprintHex());
    QStringList numbers;
    QList<qint64> ids;
    for (int rid = 1; rid <= 3; ++rid) {
        numbers << syntheticNumber();
        const auto r =
            clerkRepo.registerNumber(entry(rid, PersonRole::Patient), secure(numbers.last()));
        INFO(describe(r));
        REQUIRE(r.registered());
        ids << r.id;
        // Household member, grouped and full-width as a clerk might type it.
        numbers << syntheticNumber();
        QString typed;
        for (QChar c : numbers.last())
            typed += QChar(0xFF10 + c.digitValue());
        typed.insert(8, u' ').insert(4, u' ');
        REQUIRE(clerkRepo
                    .registerNumber(entry(rid, PersonRole::Household, u"試験 花子"_s, u"妻"_s),
                                    secure(typed))
                    .registered());
    }
    // Refusals and errors with a number in hand: duplicate, municipality, bad check digit, and
    // a call the server rejects with an error after receiving the number.
    CHECK(
        clerkRepo
            .registerNumber(entry(2, PersonRole::Guardian, u"試験"_s, u"父"_s), secure(numbers[0]))
            .reason == u"role_adult"_s);
    CHECK(clerkRepo
              .registerNumber(entry(1, PersonRole::Household, u"試験 次郎"_s, u"子"_s),
                              secure(numbers[2]))
              .reason == u"duplicate"_s);
    CHECK(
        clerkRepo.registerNumber(entry(4, PersonRole::Patient), secure(syntheticNumber())).reason ==
        u"municipality"_s);
    const QString stray = syntheticNumber();
    numbers << stray;
    CHECK(rawRegister(*clerk, 1, u"household"_s, key.keyIdHex(), someEnvelope(key, stray),
                      wrongCheckDigit(stray))
              .ok);
    CHECK_FALSE(
        rawRegister(*clerk, 1, u"nobody"_s, key.keyIdHex(), someEnvelope(key, stray), stray).ok);
    CHECK_FALSE(clerk->exec(u"SELECT kohi.kohi_mynumber_hmac($1)"_s, {stray.toUtf8()}).ok);

    // Reveals (one with a wrong passphrase, one refused for a number in its reason), then a
    // rotation through the CLI, then a reveal under the new key.
    auto viewer = cluster.login(u"scan_viewer"_s, QString::fromUtf8(viewerPass));
    MyNumberRepository viewerRepo(*viewer, key.fingerprintHex());
    CHECK(revealed(viewerRepo, ids[0], QString::fromUtf8(passphrase)) == numbers[0]);
    CHECK(revealed(viewerRepo, ids[1], u"wrong passphrase!!"_s).isEmpty());
    SecureBytes unused;
    CHECK_FALSE(viewerRepo.reveal(ids[1], u"other"_s, numbers[2], QString::fromUtf8(passphrase),
                                  &unused, nullptr));
    QProcessEnvironment asViewer = cluster.env;
    asViewer.insert(u"PGUSER"_s, u"scan_viewer"_s);
    asViewer.insert(u"PGPASSWORD"_s, QString::fromUtf8(viewerPass));
    asViewer.remove(u"PGPASSFILE"_s);
    QProcessEnvironment asAdmin = cluster.env;
    asAdmin.insert(u"PGUSER"_s, u"scan_admin"_s);
    asAdmin.insert(u"PGPASSWORD"_s, QString::fromUtf8(adminPass));
    asAdmin.remove(u"PGPASSFILE"_s);
    const AdminRun proposed = cluster.admin({u"keys"_s, u"propose"_s, u"rotate"_s}, {}, asViewer);
    INFO(proposed.err.toStdString());
    REQUIRE(proposed.exitCode == 0);
    REQUIRE(cluster
                .admin({u"keys"_s, u"approve"_s, QString::number(proposalNumber(proposed.out))}, {},
                       asAdmin)
                .exitCode == 0);
    const AdminRun rotated = cluster.admin({u"keys"_s, u"rotate"_s, u"--passphrase-stdin"_s},
                                           passphrase + '\n', asViewer);
    INFO(rotated.err.toStdString());
    REQUIRE(rotated.exitCode == 0);
    CHECK(revealed(viewerRepo, ids[2], QString::fromUtf8(passphrase)) == numbers[4]);

    // The scanner would see every number used here.
    for (const QString& n : numbers)
        CHECK(kohi::test::findMyNumbers(u"x "_s + n + u" y"_s).size() == 1);

    const QString log = cluster.log(*viewer);
    CHECK(log.contains(u"kohi_api.mynumber_register("_s)); // log_statement=all is on
    CHECK(log.contains(u"kohi_api.mynumber_reveal("_s));
    CHECK(log.contains(u"kohi_api.mynumber_key_rotate("_s));
    requireNoNumbers(log, u"postgresql.log"_s);
    const QString dump = cluster.dump();
    CHECK(dump.contains(u"COPY kohi.mynumber "_s));
    requireNoNumbers(dump, u"pg_dump"_s);
    for (const QString& secret : {QString::fromUtf8(passphrase), QString::fromUtf8(viewerPass),
                                  QString::fromUtf8(clerkPass), QString::fromUtf8(adminPass)}) {
        CHECK_FALSE(log.contains(secret));
        CHECK_FALSE(dump.contains(secret));
    }
}

TEST_CASE("the shared test cluster's log holds no My Number from this suite's databases",
          "[mynumber][scan]")
{
    // Reads whatever the other test cases (possibly still running) have logged so far; only
    // records of the kohi_mn_* databases count (other suites' literals are theirs to answer for).
    MyNumberDb db;
    const Staff viewer = db.staff(u"mnv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff clerk = db.staff(u"mnc"_s, {u"kohi_clerk_nanbyo"_s});
    const QString passphrase = u"viewer passphrase one"_s;
    const QString pin = db.createKey(viewer, passphrase);
    auto clerkSession = db.login(clerk);
    const QString number = syntheticNumber();
    const auto reg =
        MyNumberRepository(*clerkSession, pin)
            .registerNumber(entry(db.recipient(u"54"_s, u"272027"_s), PersonRole::Patient),
                            secure(number));
    REQUIRE(reg.registered());
    auto viewerSession = db.login(viewer);
    CHECK(revealed(MyNumberRepository(*viewerSession, pin), reg.id, passphrase) == number);

    const QString marker = u"kohi-scan-marker-"_s + QUuid::createUuid().toString(QUuid::Id128);
    REQUIRE(viewerSession->exec(u"SELECT '"_s + marker + u"'"_s).ok);
    QFile f(TestDatabase::instance().dataDirectory() + u"/data/log/postgresql.log"_s);
    QString text;
    for (int i = 0; i < 100 && !text.contains(marker); ++i) {
        QThread::msleep(100);
        f.close();
        INFO("the server log must be readable: " << f.fileName().toStdString());
        REQUIRE(f.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(f.readAll());
    }
    REQUIRE(text.contains(marker));

    // Records start with the log_line_prefix "%m [%p] %u@%d %r "; continuation lines belong to
    // the record above them.
    static const QRegularExpression recordStart(uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)"_s);
    QString ours;
    bool inOurs = false;
    int records = 0;
    for (const QString& line : text.split(u'\n')) {
        if (recordStart.match(line).hasMatch()) {
            inOurs = line.contains(u"@kohi_mn_"_s);
            records += inOurs ? 1 : 0;
        }
        if (inOurs)
            ours += line + u'\n';
    }
    CHECK(records > 20);
    CHECK(ours.contains(db.name()));
    requireNoNumbers(ours, u"shared postgresql.log"_s);
}

TEST_CASE("the approver confirms a My Number by re-keying it blind, and only a match lets the "
          "application be approved",
          "[mynumber][workflow]")
{
    MyNumberDb db;
    // An office that allows one person both duties (0021; refused by default): the clerk who
    // entered the number still cannot confirm it.
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1 WHERE key = 'allow_clerk_and_approver'"_s)
                .ok);
    const Staff clerk = db.staff(u"mc_clerk"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    const Staff approver = db.staff(u"mc_appr"_s, {u"kohi_approver"_s});
    const Staff viewer = db.staff(u"mc_view"_s, {u"kohi_mynumber_viewer"_s});
    const QString fingerprint = db.createKey(viewer, u"viewer passphrase 2026"_s);
    auto c = db.login(clerk);
    auto a = db.login(approver);

    const QDate today = QDate::currentDate();
    const QByteArray form =
        u"{\"family_name\":\"照合\",\"given_name\":\"花子\",\"family_name_kana\":\"ショウゴウ\","
        "\"given_name_kana\":\"ハナコ\",\"birth_date\":\"1960-05-01\",\"sex\":2,"
        "\"address\":\"大阪府岸和田市合成町1丁目\",\"municipality_code\":\"272027\","
        "\"received_date\":\"%1\",\"disease_code\":\"006\",\"income_tier\":\"low1\","
        "\"valid_from\":\"%1\",\"valid_to\":\"%2\"}"_s
            .arg(today.toString(Qt::ISODate), today.addYears(1).addDays(-1).toString(Qt::ISODate))
            .toUtf8();
    const auto saved = c->exec(
        u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s, {form});
    INFO(saved.errorMessage.toStdString());
    REQUIRE(saved.ok);
    const QByteArray appId = saved.first(u"id"_s).toByteArray();
    const qint64 recipientId = saved.first(u"recipient_id"_s).toLongLong();

    const QString number = syntheticNumber();
    MyNumberRepository repo(*c, fingerprint);
    const auto registration =
        repo.registerNumber(entry(recipientId, PersonRole::Patient), secure(number));
    INFO(describe(registration));
    REQUIRE(registration.registered());

    const auto submitted = c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                                   {appId, saved.first(u"version"_s).toByteArray()});
    REQUIRE(submitted.ok);
    const QByteArray version = submitted.first(u"v"_s).toByteArray();

    // Not approvable while the number is unconfirmed.
    const auto early = a->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {appId, version});
    CHECK_FALSE(early.ok);
    CHECK(early.errorMessage.contains(u"個人番号の照合"_s));

    const auto pending = a->exec(u"SELECT * FROM kohi_api.mynumber_pending($1)"_s, {appId});
    REQUIRE(pending.ok);
    REQUIRE(pending.rows.size() == 1);
    CHECK_FALSE(flatten(pending).contains(number));
    const QByteArray myNumberId = pending.first(u"mynumber_id"_s).toByteArray();

    auto confirm = [&](Session& s, const QString& typed) {
        const auto r = s.exec(u"SELECT outcome, message FROM kohi_api.mynumber_confirm($1, $2)"_s,
                              {myNumberId, typed.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        CHECK_FALSE(flatten(r).contains(number));
        return r.first(u"outcome"_s).toString() + u':' + r.first(u"message"_s).toString();
    };
    // The clerk who entered it cannot confirm it, even holding the approver duty.
    CHECK(confirm(*c, number).startsWith(u"refused:自分が入力した個人番号は照合できません"_s));
    // A mistyped re-entry: only "does not match", and the mismatch is on record.
    CHECK(confirm(*a, wrongCheckDigit(number)) == u"mismatch:一致しません。"_s);
    QString other = syntheticNumber();
    CHECK(confirm(*a, other) == u"mismatch:一致しません。"_s);
    CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_confirm'"
                   " AND outcome = 'refused'"_s) == 3);
    // Typed with spaces and full-width digits as from a card: normalised, and it matches.
    QString spaced = number.left(4) + u' ' + number.mid(4, 4) + u'-' + number.mid(8);
    spaced[0] = QChar(u'０' + number.at(0).digitValue());
    CHECK(confirm(*a, spaced) == u"confirmed:一致しました。"_s);
    CHECK(confirm(*a, number) == u"refused:この個人番号は既に照合済みです。"_s);

    const auto approved =
        a->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {appId, version});
    INFO(approved.errorMessage.toStdString());
    CHECK(approved.ok);
    CHECK_FALSE(db.auditText().contains(number));
}

TEST_CASE("a viewer finds registered numbers only by a precise lookup, every search is logged, "
          "and nobody else can search or see more",
          "[mynumber][viewer]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mhv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff nanbyo = db.staff(u"mhn"_s, {u"kohi_clerk_nanbyo"_s});
    const Staff boshi = db.staff(u"mhb"_s, {u"kohi_clerk_boshi"_s});
    const Staff approver = db.staff(u"mha"_s, {u"kohi_approver"_s});
    const Staff auditor = db.staff(u"mhu"_s, {u"kohi_auditor"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);

    // Recipients with their own kana and birth dates; 受給者番号 unique per test database.
    static QAtomicInt counter;
    auto recipient = [&db](const QString& programme, const QString& familyKana,
                           const QString& givenKana, const QString& birth) {
        const QByteArray number = QByteArray::number(3000000 + counter.fetchAndAddRelaxed(1));
        const auto r = db.dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ($1, $2, '検索', '一子', $3, $4, $5::date, 2, '大阪府試験市1-1',"
            " '272027', true) RETURNING id"_s,
            {programme.toUtf8(), number, familyKana.toUtf8(), givenKana.toUtf8(), birth.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return std::pair{r.first(u"id"_s).toLongLong(), QString::fromLatin1(number)};
    };
    const auto [adult, adultNumber] =
        recipient(u"54"_s, u"ケンサク"_s, u"イチコ"_s, u"1960-05-01"_s);
    // Same kana and birth date, no number: must never be listed to a viewer.
    const auto [twin, twinNumber] = recipient(u"54"_s, u"ケンサク"_s, u"イチコ"_s, u"1960-05-01"_s);
    const auto [child, childNumber] =
        recipient(u"52"_s, u"ケンサク"_s, u"ジロウ"_s, u"2015-03-03"_s);

    auto nanbyoSession = db.login(nanbyo);
    auto boshiSession = db.login(boshi);
    auto registered = [](const MyNumberRegistration& r) {
        INFO(describe(r));
        REQUIRE(r.registered());
        return r;
    };
    MyNumberRepository nanbyoRepo(*nanbyoSession, pin);
    MyNumberRepository boshiRepo(*boshiSession, pin);
    const auto adultReg = registered(
        nanbyoRepo.registerNumber(entry(adult, PersonRole::Patient), secure(syntheticNumber())));
    const auto childReg = registered(
        boshiRepo.registerNumber(entry(child, PersonRole::Patient), secure(syntheticNumber())));
    const auto guardianReg = registered(boshiRepo.registerNumber(
        entry(child, PersonRole::Guardian, u"検索 太郎"_s, u"父"_s), secure(syntheticNumber())));

    auto viewerSession = db.login(viewer);
    MyNumberRepository repo(*viewerSession, pin);
    const QString sql = u"SELECT * FROM kohi_api.mynumber_holder_search($1, $2, $3::date)"_s;
    // Searches that read (ok), and refused attempts with the error the caller got (recorded by
    // the server since 0019: a refusal survives the caller's transaction).
    auto searches = [&db, &viewer] {
        return db.count(u"SELECT count(*) FROM kohi.audit_event"
                        " WHERE action = 'mynumber_holder_search' AND login = $1"
                        "   AND outcome = 'ok'"_s,
                        {viewer.login.toUtf8()});
    };
    auto refusals = [&db](const QStringList& logins, const QByteArray& sqlState) {
        return db.count(u"SELECT count(*) FROM kohi.audit_event"
                        " WHERE action = 'mynumber_holder_search' AND login = ANY($1::text[])"
                        "   AND outcome = 'refused' AND details->>'sqlstate' = $2"
                        "   AND NOT details ? 'rows' AND NOT details ? 'recipient_ids'"_s,
                        {(u'{' + logins.join(u',') + u'}').toUtf8(), sqlState});
    };

    // Nobody else may search: not granted to clerks, approvers or auditors; refused for the
    // database administrator (a superuser passes every membership test).
    auto approverSession = db.login(approver);
    auto auditorSession = db.login(auditor);
    for (Session* other :
         {nanbyoSession.get(), boshiSession.get(), approverSession.get(), auditorSession.get()}) {
        const auto r = other->exec(sql, {adultNumber.toUtf8(), {}, {}});
        CHECK_FALSE(r.ok);
        CHECK(r.sqlState == u"42501"_s);
    }
    CHECK(refusals({nanbyo.login, boshi.login, approver.login, auditor.login}, "42501") == 4);
    const auto bySuperuser = db.dba().exec(sql, {adultNumber.toUtf8(), {}, {}});
    CHECK(bySuperuser.sqlState == u"42501"_s);
    CHECK(bySuperuser.errorMessage == u"個人番号の登録者を検索する権限がありません。"_s);

    // Vague criteria are refused with a message that says what is needed: nothing is read, and
    // only the refusal is logged.
    const QString notEnough = u"検索条件が足りません。受給者番号（7桁）か、カナ氏名（2文字以上）と"
                              "生年月日の両方を入力してください。"_s;
    const QList<std::tuple<QByteArray, QByteArray, QByteArray, QString>> vague{
        {{}, {}, {}, notEnough},
        {{}, u"ケンサク"_s.toUtf8(), {}, notEnough},
        {{}, {}, "1960-05-01", notEnough},
        {{}, u"　 "_s.toUtf8(), "1960-05-01", notEnough},
        {{}, u"ケ"_s.toUtf8(), "1960-05-01", u"カナ氏名は2文字以上入力してください。"_s},
        {"12345", {}, {}, u"受給者番号は7桁の数字で入力してください。"_s},
        {"12345678", {}, {}, u"受給者番号は7桁の数字で入力してください。"_s},
    };
    for (const auto& [number, kana, birth, message] : vague) {
        const auto r = viewerSession->exec(sql, {number, kana, birth});
        INFO(QString::fromUtf8(number + '|' + kana + '|' + birth).toStdString());
        CHECK(r.sqlState == u"22023"_s);
        CHECK(r.errorMessage == message);
    }
    QString error;
    CHECK(repo.searchHolders({{}, u"ケンサク"_s, {}}, &error).isEmpty());
    CHECK(error == notEnough);
    CHECK(searches() == 0);
    CHECK(refusals({viewer.login}, "22023") == vague.size() + 1);

    // By 受給者番号 (full-width digits accepted): exactly the adult's number, with who it is.
    const auto byNumber =
        viewerSession->exec(sql, {u"３０"_s.toUtf8() + adultNumber.mid(2).toUtf8(), {}, {}});
    INFO(byNumber.errorMessage.toStdString());
    REQUIRE(byNumber.ok);
    REQUIRE(byNumber.rows.size() == 1);
    CHECK(byNumber.first(u"mynumber_id"_s).toLongLong() == adultReg.id);
    CHECK(byNumber.first(u"recipient_id"_s).toLongLong() == adult);
    CHECK(byNumber.first(u"programme"_s).toString() == u"54"_s);
    CHECK(byNumber.first(u"programme_name"_s).toString() == u"特定医療費（指定難病）"_s);
    CHECK(byNumber.first(u"recipient_number"_s).toString() == adultNumber);
    CHECK(byNumber.first(u"name"_s).toString() == u"検索　一子"_s);
    CHECK(byNumber.first(u"kana"_s).toString() == u"ケンサク　イチコ"_s);
    CHECK(byNumber.first(u"municipality_name"_s).toString() == u"岸和田市"_s);
    CHECK(byNumber.first(u"person_role"_s).toString() == u"patient"_s);
    CHECK(byNumber.first(u"person_role_label"_s).toString() == u"本人（受診者）"_s);
    CHECK(byNumber.first(u"status"_s).toString() == u"pending"_s);
    // Never an envelope, a hash or a key: not as a column, not as a value.
    for (const QString& column : byNumber.columns)
        for (const QString& secret : {u"envelope"_s, u"hash"_s, u"key"_s, u"seal"_s})
            CHECK_FALSE(column.contains(secret));
    const auto stored =
        db.dba().exec(u"SELECT encode(dup_hash, 'hex') AS h, encode(envelope, 'hex') AS e,"
                      " encode(envelope, 'base64') AS b FROM kohi.mynumber WHERE id = $1"_s,
                      {QByteArray::number(adultReg.id)});
    REQUIRE(stored.ok);
    for (const QString& column : {u"h"_s, u"e"_s, u"b"_s})
        CHECK_FALSE(flatten(byNumber).contains(stored.first(column).toString().left(16)));
    CHECK(searches() == 1);

    // By kana prefix and birth date: the holder, never the namesake without a number.
    error.clear();
    const auto byKana = repo.searchHolders({{}, u"ケンサク　イ"_s, QDate(1960, 5, 1)}, &error);
    INFO(error.toStdString());
    REQUIRE(byKana.size() == 1);
    CHECK(byKana.first().myNumberId == adultReg.id);
    CHECK(byKana.first().recipientId == adult);
    CHECK(byKana.first().birthDate == QDate(1960, 5, 1));
    CHECK(byKana.first().registeredAt.isValid());
    // Hiragana typed in psql is read as katakana; the child's two numbers come patient first.
    const auto family = viewerSession->exec(sql, {{}, u"けんさく"_s.toUtf8(), "2015-03-03"});
    REQUIRE(family.ok);
    REQUIRE(family.rows.size() == 2);
    CHECK(family.value(0, u"mynumber_id"_s).toLongLong() == childReg.id);
    CHECK(family.value(1, u"mynumber_id"_s).toLongLong() == guardianReg.id);
    CHECK(family.value(1, u"person_role_label"_s).toString() == u"保護者"_s);
    CHECK(family.value(1, u"person_name"_s).toString() == u"検索 太郎"_s);
    CHECK(family.value(1, u"relationship"_s).toString() == u"父"_s);
    CHECK(family.value(1, u"programme"_s).toString() == u"52"_s);
    // Recipients without a number are not found even by their own 受給者番号.
    error.clear();
    const auto none = repo.searchHolders({twinNumber, {}, {}}, &error);
    CHECK(error.isEmpty());
    CHECK(none.isEmpty());
    CHECK(searches() == 4);

    // The access log has each search with its criteria and whom it listed.
    const auto logged = db.dba().exec(
        u"SELECT target, details->>'recipient_number' AS number, details->>'kana' AS kana,"
        " details->>'birth' AS birth, (details->>'rows')::int AS n, details->'recipient_ids' AS "
        "ids,"
        " terminal_id FROM kohi.audit_event WHERE action = 'mynumber_holder_search'"
        "   AND outcome = 'ok' ORDER BY chain_seq"_s);
    REQUIRE(logged.ok);
    REQUIRE(logged.rows.size() == 4);
    CHECK(logged.value(0, u"target"_s).toString() == u"recipient:%1"_s.arg(adult));
    CHECK(logged.value(0, u"number"_s).toString() == adultNumber);
    CHECK(logged.value(0, u"n"_s).toInt() == 1);
    CHECK(logged.value(0, u"terminal_id"_s).toString() == u"test-terminal"_s);
    CHECK(logged.value(1, u"kana"_s).toString() == u"ケンサク　イ"_s);
    CHECK(logged.value(1, u"birth"_s).toString() == u"1960-05-01"_s);
    CHECK(logged.value(2, u"kana"_s).toString() == u"ケンサク"_s);
    CHECK(logged.value(2, u"n"_s).toInt() == 2);
    CHECK(logged.value(2, u"target"_s).toString() == u"recipient:%1"_s.arg(child));
    CHECK(logged.value(2, u"ids"_s).toString() == u"[%1]"_s.arg(child));
    CHECK(logged.value(3, u"n"_s).toInt() == 0);
    CHECK(kohi::test::findMyNumbers(db.auditText()).isEmpty());

    // At most 50 rows, however many match.
    for (int i = 0; i < 51; ++i) {
        const auto [id, number] = recipient(u"54"_s, u"タスウ"_s, u"サン"_s, u"1970-01-01"_s);
        registered(
            nanbyoRepo.registerNumber(entry(id, PersonRole::Patient), secure(syntheticNumber())));
    }
    const auto capped = repo.searchHolders({{}, u"タスウ"_s, QDate(1970, 1, 1)}, &error);
    CHECK(capped.size() == MyNumberRepository::HolderSearchLimit);

    // The viewer's new read of the register does not open the clerks' search or detail to
    // viewers (not granted), and reaches only recipients who have a number.
    CHECK(viewerSession->exec(u"SELECT kohi_api.recipient_get($1)"_s, {QByteArray::number(adult)})
              .sqlState == u"42501"_s);
    CHECK(viewerSession
              ->exec(u"SELECT * FROM kohi_api.recipient_search('ケンサク', NULL, NULL, NULL, NULL,"
                     " NULL, 10)"_s)
              .sqlState == u"42501"_s);
    // What row-level security lets each caller read of the register, seen from inside a definer
    // function of the owner (as every API function reads it): a probe made for this database.
    for (const QString& statement :
         {u"CREATE FUNCTION kohi_api.test_visible_recipients() RETURNS bigint LANGUAGE sql"
          " STABLE SECURITY DEFINER SET search_path = pg_catalog, kohi, pg_temp"
          " AS $$ SELECT count(*) FROM kohi.recipient $$"_s,
          u"ALTER FUNCTION kohi_api.test_visible_recipients() OWNER TO kohi_owner"_s,
          u"GRANT EXECUTE ON FUNCTION kohi_api.test_visible_recipients() TO PUBLIC"_s}) {
        const auto r = db.dba().exec(statement);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
    }
    auto visible = [](Session& s) {
        const auto r = s.exec(u"SELECT kohi_api.test_visible_recipients() AS n"_s);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"n"_s).toLongLong();
    };
    const qint64 holders = db.count(u"SELECT count(DISTINCT recipient_id) FROM kohi.mynumber"_s);
    CHECK(holders == 53); // adult, child and the 51 above; never the twin
    CHECK(visible(*viewerSession) == holders);
    CHECK(visible(*auditorSession) == 0);
    CHECK(visible(*nanbyoSession) ==
          db.count(u"SELECT count(*) FROM kohi.recipient WHERE programme = '54'"_s));
    CHECK(visible(*boshiSession) ==
          db.count(u"SELECT count(*) FROM kohi.recipient WHERE programme IN ('52', '17')"_s));
    // Approvers see only recipients with an application waiting for a decision, or one they
    // decided (0021); the viewer policy does not widen that.
    CHECK(visible(*approverSession) ==
          db.count(u"SELECT count(DISTINCT recipient_id) FROM kohi.decision_scope"
                   " WHERE state = 'submitted' OR decided_by = $1"_s,
                   {approver.login.toUtf8()}));

    // Nor does it widen what clerks see: each group still sees only its own programmes, even
    // recipients of other programmes who have numbers.
    const auto nanbyoSees = nanbyoSession->exec(
        u"SELECT id FROM kohi_api.recipient_search('ケンサク', NULL, NULL, NULL, NULL, NULL, 100)"_s);
    REQUIRE(nanbyoSees.ok);
    QSet<qint64> seen;
    for (int i = 0; i < nanbyoSees.rows.size(); ++i)
        seen << nanbyoSees.value(i, u"id"_s).toLongLong();
    CHECK(seen == QSet<qint64>{adult, twin});
    const auto boshiSees = boshiSession->exec(
        u"SELECT id FROM kohi_api.recipient_search('ケンサク', NULL, NULL, NULL, NULL, NULL, 100)"_s);
    REQUIRE(boshiSees.ok);
    REQUIRE(boshiSees.rows.size() == 1);
    CHECK(boshiSees.first(u"id"_s).toLongLong() == child);
    CHECK(
        boshiSession->exec(u"SELECT kohi_api.recipient_get($1) AS j"_s, {QByteArray::number(adult)})
            .first(u"j"_s)
            .isNull());
    CHECK(nanbyoSession
              ->exec(u"SELECT kohi_api.recipient_get($1) AS j"_s, {QByteArray::number(child)})
              .first(u"j"_s)
              .isNull());
}

// Issue 12 item 2 (migration 0033): the duplicate check is per recipient and person. A person is
// the keyed hash of their number together with their normalised kana and date of birth (the
// recipient's for the patient, entered for a guardian or household member).
TEST_CASE("one person's number for several recipients: siblings share their guardian, a person "
          "keeps one number",
          "[mynumber][person]")
{
    MyNumberDb db;
    const Staff viewer = db.staff(u"mpv"_s, {u"kohi_mynumber_viewer"_s});
    const Staff nanbyo = db.staff(u"mpn"_s, {u"kohi_clerk_nanbyo"_s});
    const Staff boshi = db.staff(u"mpb"_s, {u"kohi_clerk_boshi"_s});
    const QString pin = db.createKey(viewer, u"viewer passphrase one"_s);
    auto nanbyoSession = db.login(nanbyo);
    auto boshiSession = db.login(boshi);
    MyNumberRepository nanbyoRepo(*nanbyoSession, pin);
    MyNumberRepository boshiRepo(*boshiSession, pin);
    const auto child = [](int years) {
        return QDate::currentDate().addYears(-years).toString(Qt::ISODate);
    };
    // Two siblings in two programme groups (小慢 and 難病), a third in 小慢.
    const qint64 sibling52 = db.recipient(u"52"_s, u"272027"_s, child(8), u"イチロウ"_s);
    const qint64 sibling54 = db.recipient(u"54"_s, u"272027"_s, child(12), u"ジロウ"_s);
    const qint64 third52 = db.recipient(u"52"_s, u"272027"_s, child(5), u"サブロウ"_s);
    const QDate fatherBirth(1985, 4, 1);
    auto guardian = [&](qint64 rid, const QString& kana, QDate birth) {
        MyNumberEntry e = entry(rid, PersonRole::Guardian, u"試験 太郎"_s, u"父"_s);
        e.personKana = kana;
        e.personBirthDate = birth;
        return e;
    };
    const QString father = syntheticNumber();

    const auto first = boshiRepo.registerNumber(
        guardian(sibling52, u"シケン タロウ"_s, fatherBirth), secure(father));
    INFO(describe(first));
    REQUIRE(first.registered());
    // The same father for the sibling in the other group, kana typed half-width: same person.
    const auto second =
        nanbyoRepo.registerNumber(guardian(sibling54, u"ｼｹﾝ ﾀﾛｳ"_s, fatherBirth), secure(father));
    INFO(describe(second));
    CHECK(second.registered());
    CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber WHERE dup_hash = decode($1, 'hex')"_s,
                   {db.dupHashHex(first.id).toUtf8()}) == 2);
    CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber_person"_s) == 1);

    SECTION("the same person with a second number is refused")
    {
        const auto other = boshiRepo.registerNumber(
            guardian(third52, u"シケンタロウ"_s, fatherBirth), secure(syntheticNumber()));
        CHECK(other.outcome == MyNumberRegistration::Outcome::Refused);
        CHECK(other.reason == u"person_number"_s);
        CHECK(other.message.contains(u"一人の個人番号は一つです"_s));
        // ... also as a household member of the 難病 sibling.
        MyNumberEntry household = entry(sibling54, PersonRole::Household, u"試験 太郎"_s, u"父"_s);
        household.personKana = u"シケン タロウ"_s;
        household.personBirthDate = fatherBirth;
        CHECK(nanbyoRepo.registerNumber(household, secure(syntheticNumber())).reason ==
              u"person_number"_s);
        CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 2);
        CHECK(db.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                       " AND outcome = 'refused' AND details->>'reason' = 'person_number'"_s) == 2);
    }

    SECTION("two different persons with the same number are refused, and so is a person who "
            "cannot be shown to be the same")
    {
        const auto mother = boshiRepo.registerNumber(
            guardian(third52, u"シケン ハナコ"_s, QDate(1987, 6, 1)), secure(father));
        CHECK(mother.reason == u"duplicate"_s);
        CHECK(mother.message == u"この個人番号は既に別の受給者に登録されています。"_s);
        const auto otherBirth = boshiRepo.registerNumber(
            guardian(third52, u"シケン タロウ"_s, QDate(1985, 4, 2)), secure(father));
        CHECK(otherBirth.reason == u"duplicate"_s);
        const auto noIdentity = boshiRepo.registerNumber(
            entry(third52, PersonRole::Guardian, u"試験 太郎"_s, u"父"_s), secure(father));
        CHECK(noIdentity.reason == u"duplicate"_s);
        // Once per recipient: the father again for the same child, as a household member.
        MyNumberEntry again = entry(sibling54, PersonRole::Household, u"試験 太郎"_s, u"父"_s);
        again.personKana = u"シケン タロウ"_s;
        again.personBirthDate = fatherBirth;
        const auto twice = nanbyoRepo.registerNumber(again, secure(father));
        CHECK(twice.reason == u"duplicate"_s);
        CHECK(twice.message == u"この個人番号はこの受給者に既に登録されています。"_s);
        CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 2);
    }

    SECTION("spouses: a patient is a household member of the other's certification")
    {
        const qint64 wife = db.recipient(u"54"_s, u"272027"_s, u"1970-01-01"_s, u"ツマコ"_s);
        const qint64 husband = db.recipient(u"54"_s, u"272027"_s, u"1968-03-03"_s, u"オット"_s);
        const QString wifeNumber = syntheticNumber();
        REQUIRE(nanbyoRepo.registerNumber(entry(wife, PersonRole::Patient), secure(wifeNumber))
                    .registered());
        MyNumberEntry asHousehold = entry(husband, PersonRole::Household, u"試験 妻子"_s, u"妻"_s);
        asHousehold.personKana = u"シケン ツマコ"_s;
        asHousehold.personBirthDate = QDate(1970, 1, 1);
        const auto shared = nanbyoRepo.registerNumber(asHousehold, secure(wifeNumber));
        INFO(describe(shared));
        CHECK(shared.registered());
        // The wife's number again as the husband's own: one patient per number.
        CHECK(nanbyoRepo.registerNumber(entry(husband, PersonRole::Patient), secure(wifeNumber))
                  .reason == u"duplicate"_s);
        // A household member named like the wife with another number: refused.
        MyNumberEntry impostor = asHousehold;
        impostor.recipientId = wife;
        impostor.relationship = u"姉"_s;
        CHECK(nanbyoRepo.registerNumber(impostor, secure(syntheticNumber())).reason ==
              u"person_number"_s);
    }

    SECTION("the person's kana and birth date: both or neither, never for the patient")
    {
        MyNumberEntry half = entry(third52, PersonRole::Guardian, u"試験 母"_s, u"母"_s);
        half.personKana = u"シケン ハハ"_s;
        const auto noBirth = boshiRepo.registerNumber(half, secure(syntheticNumber()));
        CHECK(noBirth.reason == u"person"_s);
        CHECK(noBirth.message.contains(u"両方"_s));
        half.personBirthDate = QDate::currentDate().addDays(1);
        CHECK(boshiRepo.registerNumber(half, secure(syntheticNumber())).reason == u"person"_s);
        half.personBirthDate = QDate(1988, 1, 1);
        half.personKana = u"試験"_s;
        CHECK(boshiRepo.registerNumber(half, secure(syntheticNumber())).reason == u"person"_s);
        MyNumberEntry patient = entry(third52, PersonRole::Patient);
        patient.personKana = u"シケン サブロウ"_s;
        patient.personBirthDate = QDate(2020, 1, 1);
        CHECK(boshiRepo.registerNumber(patient, secure(syntheticNumber())).reason == u"person"_s);
    }

    SECTION("a guardian's number only while the patient is a minor, in every programme")
    {
        const qint64 adult52 = db.recipient(u"52"_s, u"272027"_s, child(19), u"オトナ"_s);
        const auto refusedGuardian = boshiRepo.registerNumber(
            guardian(adult52, u"シケン タロウ"_s, fatherBirth), secure(father));
        CHECK(refusedGuardian.reason == u"role_adult"_s);
        const auto eligibility = boshiRepo.eligibility(adult52, {});
        REQUIRE(eligibility.size() == 3);
        CHECK(eligibility[0].allowed);
        CHECK_FALSE(eligibility[1].allowed);
        CHECK(eligibility[1].reason == u"role_adult"_s);
        const qint64 adult17 = db.recipient(u"17"_s, u"272027"_s, child(18), u"ジュウハチ"_s);
        CHECK(
            boshiRepo
                .registerNumber(guardian(adult17, u"シケン タロウ"_s, fatherBirth), secure(father))
                .reason == u"role_adult"_s);
    }

    SECTION("the identity table is the owner's: clerks cannot read it; it goes with the last "
            "row of its number")
    {
        CHECK_FALSE(boshiSession->exec(u"SELECT count(*) FROM kohi.mynumber_person"_s).ok);
        REQUIRE(
            db.dba()
                .exec(u"DELETE FROM kohi.mynumber WHERE id = $1"_s, {QByteArray::number(first.id)})
                .ok);
        CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber_person"_s) == 1);
        REQUIRE(
            db.dba()
                .exec(u"DELETE FROM kohi.mynumber WHERE id = $1"_s, {QByteArray::number(second.id)})
                .ok);
        CHECK(db.count(u"SELECT count(*) FROM kohi.mynumber_person"_s) == 0);
    }

    CHECK(kohi::test::findMyNumbers(db.auditText()).isEmpty());
}
