// The stored envelope provably seals the number whose keyed hash is stored (issue 11, item 2;
// migration 0025): the server seals from the bind parameter it hashes, refuses every envelope
// a client sends, and stores no row whose (hash, envelope) pair it did not seal itself. Attacks
// over raw libpq connections as a clerk, as an insider with psql would; the legitimate path
// through MyNumberRepository, opened by the viewer with Botan (core/crypto). Each case has a
// database of its own (the key is per database).
#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/Sealer.h"
#include "core/validation/MyNumber.h"
#include "db/ByteaText.h"
#include "db/MyNumberConfirmation.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using kohi::crypto::SecureBytes;
using kohi::db::MyNumberConfirmation;
using kohi::db::MyNumberEntry;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRepository;
using kohi::db::PersonRole;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;
namespace bytea = kohi::db::bytea;

namespace {

// Accepted only because these databases are not production (mynumber_argon2_test_params).
const kohi::crypto::Argon2Params FastArgon2{64, 1, 1};
const QString Passphrase = u"envelope proof viewer passphrase"_s;

// The raw call a psql user makes: every argument a bind parameter, the envelope their own.
const QString RawRegister =
    u"SELECT outcome, reason FROM kohi_api.mynumber_register($1::bigint, 'patient', NULL, NULL,"
    " NULL, $2::uuid, $3, $4::bytea, $5)"_s;

QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

struct ProofWorld
{
    FreshDatabase db;
    TestDatabase::Staff viewer;
    TestDatabase::Staff clerk;
    TestDatabase::Staff approver;
    QString pin;
    kohi::crypto::PublicKey key;

    explicit ProofWorld(const QString& name) : db(name)
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.setting SET value = 1"
                          " WHERE key = 'mynumber_argon2_test_params'"_s)
                    .ok);
        viewer = db.createStaff(u"ep_v"_s, {u"kohi_mynumber_viewer"_s});
        clerk = db.createStaff(u"ep_c"_s, {u"kohi_clerk_nanbyo"_s});
        approver = db.createStaff(u"ep_a"_s, {u"kohi_approver"_s});
        MyNumberKeyCeremony::KeyInfo info;
        QString error;
        const bool created = MyNumberKeyCeremony(db.dba(), FastArgon2)
                                 .createFirstKey(viewer.login, Passphrase, &info, &error);
        INFO(error.toStdString());
        REQUIRE(created);
        pin = info.fingerprintHex;
        auto s = session(clerk);
        REQUIRE(MyNumberKeyCeremony(*s).activePublicKey(&key, &error));
    }

    qint64 recipient()
    {
        static int counter = 0;
        const auto r = db.dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ('54', $1, '封筒', '花子', 'フウトウ', 'ハナコ', '1960-05-01', 2,"
            " '大阪府岸和田市1-1', '272027', true) RETURNING id"_s,
            {QByteArray::number(5000000 + counter++)});
        REQUIRE(r.ok);
        return r.first(u"id"_s).toLongLong();
    }

    std::unique_ptr<Session> session(const TestDatabase::Staff& who)
    {
        auto s = db.connect(who);
        REQUIRE(s->exec(u"SELECT kohi_api.session_begin('envelope-proof-terminal')"_s).ok);
        return s;
    }

    std::unique_ptr<RawConnection> raw(const TestDatabase::Staff& who)
    {
        auto c = std::make_unique<RawConnection>(db.name(), who.login, who.password);
        c->ok(u"SELECT kohi_api.session_begin('raw-psql')"_s);
        return c;
    }

    qint64 count(const QString& sql, const QList<QByteArray>& params = {})
    {
        kohi::test::sealAuditLog(db.dba());
        const auto r = db.dba().exec(sql, params);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.rows.value(0).value(0).toLongLong();
    }

    qint64 refusals(const QString& reason)
    {
        return count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                     " AND outcome = 'refused' AND login = $1 AND details ->> 'reason' = $2"_s,
                     {clerk.login.toUtf8(), reason.toUtf8()});
    }

    QString revealed(qint64 id)
    {
        auto s = session(viewer);
        SecureBytes number;
        QString error;
        if (!MyNumberRepository(*s, pin).reveal(id, u"identity"_s, {}, Passphrase, &number,
                                                &error)) {
            INFO(error.toStdString());
            return {};
        }
        return number.toDisplayString();
    }
};

// An envelope exactly as the old client made it (Botan, bound to this row's data).
QByteArray clientEnvelope(const kohi::crypto::PublicKey& key, const QString& number,
                          qint64 recipientId, const QUuid& sealRef)
{
    QByteArray envelope;
    REQUIRE(kohi::crypto::Sealer::seal(
        SecureBytes::fromUtf8(number), key,
        MyNumberRepository::associatedData(recipientId, u"patient", sealRef), &envelope, nullptr));
    return envelope;
}

} // namespace

TEST_CASE("a clerk's envelope sealing number B is refused when registering number A, and the "
          "refusal survives ROLLBACK",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_mismatch"_s);
    const qint64 rid = w.recipient();
    auto clerk = w.raw(w.clerk);
    const QString a = syntheticNumber();
    const QString b = syntheticNumber();
    const QUuid sealRef = QUuid::createUuid();
    const QByteArray sealsB = clientEnvelope(w.key, b, rid, sealRef);

    // Inside a transaction the clerk then rolls back: the refusal is on record anyway.
    clerk->ok(u"BEGIN"_s);
    REQUIRE(clerk->exec(RawRegister,
                        {QByteArray::number(rid), sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                         w.key.keyIdHex().toUtf8(), bytea::toParam(sealsB), a.toUtf8()}) ==
            PGRES_TUPLES_OK);
    CHECK(clerk->value() == u"refused"_s);
    clerk->ok(u"ROLLBACK"_s);
    CHECK(w.refusals(u"envelope"_s) == 1);
    CHECK(w.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 0);

    // Committed this time: still refused, nothing stored, a second durable refusal.
    REQUIRE(clerk->exec(RawRegister,
                        {QByteArray::number(rid), sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                         w.key.keyIdHex().toUtf8(), bytea::toParam(sealsB), a.toUtf8()}) ==
            PGRES_TUPLES_OK);
    CHECK(clerk->value() == u"refused"_s);
    CHECK(w.refusals(u"envelope"_s) == 2);
    CHECK(w.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 0);

    // Even a faithful client envelope (sealing A itself) is no longer taken: the server seals.
    const QByteArray sealsA = clientEnvelope(w.key, a, rid, sealRef);
    REQUIRE(clerk->exec(RawRegister,
                        {QByteArray::number(rid), sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                         w.key.keyIdHex().toUtf8(), bytea::toParam(sealsA), a.toUtf8()}) ==
            PGRES_TUPLES_OK);
    CHECK(clerk->value() == u"refused"_s);
    CHECK(w.refusals(u"envelope"_s) == 3);
    CHECK(w.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 0);
    // No number reached the access log.
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE details::text LIKE '%' || $1 || '%'"
                  " OR details::text LIKE '%' || $2 || '%'"_s,
                  {a.toUtf8(), b.toUtf8()}) == 0);
}

TEST_CASE("undecryptable, garbage, truncated and wrong-key-id envelopes are refused at "
          "registration",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_garbage"_s);
    const qint64 rid = w.recipient();
    auto clerk = w.raw(w.clerk);
    const QString number = syntheticNumber();
    const QUuid sealRef = QUuid::createUuid();
    kohi::crypto::KeyPair stranger;
    REQUIRE(kohi::crypto::KeyPair::generate(&stranger, nullptr));

    // Right shape, right key id, random body: the old check (length, version, key id) passed it.
    QByteArray garbage = randomBytes(89);
    garbage[0] = 1;
    garbage.replace(1, 16, w.key.keyId());
    // Sealed to another key but claiming the active key id.
    QByteArray relabelled = clientEnvelope(stranger.publicKey(), number, rid, sealRef);
    relabelled.replace(1, 16, w.key.keyId());
    // Sealed with the right key but other associated data (another record).
    QByteArray otherRecord;
    REQUIRE(kohi::crypto::Sealer::seal(SecureBytes::fromUtf8(number), w.key,
                                       kohi::crypto::AssociatedData::forField(u"x", 1, u"y"),
                                       &otherRecord, nullptr));
    const QList<std::pair<const char*, QByteArray>> envelopes{
        {"garbage", garbage},
        {"relabelled", relabelled},
        {"other record", otherRecord},
        {"truncated", clientEnvelope(w.key, number, rid, sealRef).left(60)},
        {"wrong key id", clientEnvelope(stranger.publicKey(), number, rid, sealRef)},
        {"empty", QByteArray()},
        {"huge", QByteArray(1 << 20, 'x')},
    };
    int refused = 0;
    for (const auto& [what, envelope] : envelopes) {
        INFO(what);
        const QByteArray param = bytea::toParam(envelope); // "\\x" for the empty one
        REQUIRE(clerk->exec(RawRegister, {QByteArray::number(rid),
                                          sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                                          w.key.keyIdHex().toUtf8(), param, number.toUtf8()}) ==
                PGRES_TUPLES_OK);
        CHECK(clerk->value() == u"refused"_s);
        ++refused;
    }
    CHECK(w.refusals(u"envelope"_s) == refused);
    // The envelope's key id naming another key than the one the terminal pinned: refused too.
    REQUIRE(clerk->exec(RawRegister,
                        {QByteArray::number(rid), sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                         stranger.publicKey().keyIdHex().toUtf8(), QByteArray(),
                         number.toUtf8()}) == PGRES_TUPLES_OK);
    CHECK(clerk->value() == u"refused"_s);
    CHECK(w.refusals(u"key"_s) == 1);
    // Hostile numbers without an envelope: NULL, 1 MiB, twelve digits that fail the check digit.
    QString badDigit = number;
    badDigit[11] = QChar(u'0' + (number.at(11).digitValue() + 1) % 10);
    for (const QByteArray& hostile : {QByteArray(), QByteArray(1 << 20, '7'), badDigit.toUtf8()}) {
        REQUIRE(clerk->exec(RawRegister,
                            {QByteArray::number(rid),
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(),
                             w.key.keyIdHex().toUtf8(), QByteArray(), hostile}) == PGRES_TUPLES_OK);
        CHECK(clerk->value() == u"refused"_s);
    }
    CHECK(w.refusals(u"number_format"_s) == 2);
    CHECK(w.refusals(u"check_digit"_s) == 1);
    CHECK(w.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 0);
}

TEST_CASE("the server seals the registered number: the approver's re-key confirms it and the "
          "viewer's client opens exactly it",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_happy"_s);
    // An application, so that the approver decides (and may see) the recipient.
    auto rawClerk = w.raw(w.clerk);
    const QDate today = QDate::currentDate();
    const QJsonObject form{{u"family_name"_s, u"試験"_s},
                           {u"given_name"_s, u"花子"_s},
                           {u"family_name_kana"_s, u"フウトウ"_s},
                           {u"given_name_kana"_s, u"ハナコ"_s},
                           {u"birth_date"_s, u"1970-05-05"_s},
                           {u"sex"_s, 2},
                           {u"postal_code"_s, u"596-0001"_s},
                           {u"address"_s, u"大阪府岸和田市合成町1丁目2番"_s},
                           {u"municipality_code"_s, u"272027"_s},
                           {u"phone"_s, u"072-000-0000"_s},
                           {u"insurer_number"_s, u"01270016"_s},
                           {u"received_date"_s, today.toString(Qt::ISODate)},
                           {u"health_centre"_s, u"kishiwada"_s},
                           {u"disease_code"_s, u"006"_s},
                           {u"income_tier"_s, u"general1"_s},
                           {u"special_case"_s, u"standard"_s},
                           {u"valid_from"_s, today.toString(Qt::ISODate)},
                           {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
    rawClerk->ok(u"SELECT id || ' ' || recipient_id || ' ' || version FROM"
                 " kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                 {QJsonDocument(form).toJson(QJsonDocument::Compact)});
    const QStringList saved = rawClerk->value().split(u' ');
    REQUIRE(saved.size() == 3);
    const qint64 rid = saved[1].toLongLong();
    const QString number = syntheticNumber();
    qint64 id = 0;
    {
        auto clerk = w.session(w.clerk);
        const auto reg = MyNumberRepository(*clerk, w.pin)
                             .registerNumber(MyNumberEntry{rid, PersonRole::Patient, {}, {}, {}},
                                             SecureBytes::fromUtf8(number));
        INFO(reg.message.toStdString());
        REQUIRE(reg.registered());
        id = reg.id;
    }
    rawClerk->ok(u"SELECT kohi_api.application_submit($1, $2)"_s,
                 {saved[0].toUtf8(), saved[2].toUtf8()});
    // The stored envelope is a v1 envelope under the active key, bound to the row's data.
    const auto row = w.db.dba().exec(
        u"SELECT envelope, seal_ref::text AS seal_ref FROM kohi.mynumber WHERE id = $1"_s,
        {QByteArray::number(id)});
    REQUIRE(row.ok);
    const QByteArray envelope = bytea::fromValue(row.first(u"envelope"_s));
    CHECK(envelope.size() == 89);
    CHECK(kohi::crypto::Sealer::keyIdOf(envelope) == w.key.keyId());
    CHECK_FALSE(envelope.contains(number.toLatin1()));
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                  " AND outcome = 'ok' AND details ->> 'sealed_by' = 'server'"_s) == 1);

    // The approver's blind re-key: another number is a mismatch, the number itself confirms.
    auto approver = w.session(w.approver);
    QString other = syntheticNumber();
    while (other == number)
        other = syntheticNumber();
    const auto mismatch = kohi::db::confirmMyNumber(*approver, id, SecureBytes::fromUtf8(other));
    INFO(mismatch.message.toStdString());
    CHECK(mismatch.outcome == MyNumberConfirmation::Outcome::Mismatch);
    const auto confirmed = kohi::db::confirmMyNumber(*approver, id, SecureBytes::fromUtf8(number));
    INFO(confirmed.message.toStdString());
    CHECK(confirmed.outcome == MyNumberConfirmation::Outcome::Confirmed);

    // What the viewer sees (Botan, their passphrase, the real server) is what was confirmed.
    CHECK(w.revealed(id) == number);
}

TEST_CASE("no SQL path stores an envelope the server did not seal, or rebinds a stored one",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_paths"_s);
    const qint64 rid = w.recipient();
    qint64 id = 0;
    {
        auto clerk = w.session(w.clerk);
        const auto reg = MyNumberRepository(*clerk, w.pin)
                             .registerNumber(MyNumberEntry{rid, PersonRole::Patient, {}, {}, {}},
                                             SecureBytes::fromUtf8(syntheticNumber()));
        REQUIRE(reg.registered());
        id = reg.id;
    }

    // Staff cannot call the sealing functions or touch the table at all.
    auto clerk = w.raw(w.clerk);
    for (const QString& sql :
         {u"SELECT * FROM kohi.kohi_mynumber_seal('123456789018', '\\x00', '\\x00')"_s,
          u"SELECT kohi.kohi_mynumber_sealed_pair('\\x00', '\\x00')"_s,
          u"SELECT kohi.mynumber_associated_data(1, 'patient', gen_random_uuid())"_s,
          u"UPDATE kohi.mynumber SET envelope = envelope"_s}) {
        INFO(sql.toStdString());
        CHECK(clerk->exec(sql) == PGRES_FATAL_ERROR);
        CHECK(clerk->sqlstate() == u"42501"_s);
    }

    // A future SQL path (an import, a correction: any SECURITY DEFINER function a staff session
    // calls) that inserts an envelope and hash the server did not seal together is refused, also
    // when it pairs a real server envelope with another hash.
    const auto existing =
        w.db.dba().exec(u"SELECT encode(envelope, 'hex') AS e, encode(dup_hash, 'hex') AS h, key_id"
                        " FROM kohi.mynumber WHERE id = $1"_s,
                        {QByteArray::number(id)});
    REQUIRE(existing.ok);
    const QByteArray realEnvelope = existing.first(u"e"_s).toByteArray();
    // The triggers exempt only a superuser session; the clerk's session goes through a SECURITY
    // DEFINER helper the administrator creates for this test.
    REQUIRE(w.db.dba()
                .exec(u"CREATE FUNCTION kohi.test_store_envelope(p_recipient bigint, p_env bytea,"
                      " p_hash bytea) RETURNS void LANGUAGE sql SECURITY DEFINER"
                      " SET search_path = pg_catalog, kohi AS $$"
                      " INSERT INTO kohi.mynumber (seal_ref, recipient_id, programme, person_role,"
                      " person_name, relationship, application_date, key_id, envelope, dup_hash)"
                      " SELECT gen_random_uuid(), p_recipient, '54', 'household', '試験', '夫',"
                      " current_date, k.key_id, p_env, p_hash FROM kohi.mynumber_key k"
                      " WHERE k.status = 'active' $$"_s)
                .ok);
    REQUIRE(w.db.dba()
                .exec(u"GRANT EXECUTE ON FUNCTION kohi.test_store_envelope(bigint, bytea,"
                      " bytea) TO "_s +
                      w.clerk.login)
                .ok);
    REQUIRE(w.db.dba().exec(u"GRANT USAGE ON SCHEMA kohi TO "_s + w.clerk.login).ok);
    const QByteArray otherHash = bytea::toParam(randomBytes(32));
    CHECK(clerk->exec(u"SELECT kohi.test_store_envelope($1, $2::bytea, $3::bytea)"_s,
                      {QByteArray::number(rid), "\\x" + realEnvelope, otherHash}) ==
          PGRES_FATAL_ERROR);
    CHECK(clerk->error().contains(u"サーバーが登録する番号そのもの"_s));
    QByteArray garbage = randomBytes(89);
    garbage[0] = 1;
    garbage.replace(1, 16, w.key.keyId());
    CHECK(clerk->exec(u"SELECT kohi.test_store_envelope($1, $2::bytea, $3::bytea)"_s,
                      {QByteArray::number(rid), bytea::toParam(garbage), otherHash}) ==
          PGRES_FATAL_ERROR);
    CHECK(w.count(u"SELECT count(*) FROM kohi.mynumber"_s) == 1);
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_register'"
                  " AND outcome = 'refused'"
                  " AND details ->> 'reason' = 'envelope_not_sealed_by_server'"_s) == 2);

    // Updates outside a rotation: no same-key envelope swap, no rebinding to another row.
    REQUIRE(w.db.dba()
                .exec(u"CREATE FUNCTION kohi.test_update_mynumber(p_sql text) RETURNS void"
                      " LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kohi AS"
                      " $$ BEGIN EXECUTE p_sql; END $$"_s)
                .ok);
    REQUIRE(w.db.dba()
                .exec(u"GRANT EXECUTE ON FUNCTION kohi.test_update_mynumber(text) TO "_s +
                      w.clerk.login)
                .ok);
    const QString idText = QString::number(id);
    const QString otherRecipient = QString::number(w.recipient());
    for (const QString& change :
         {u"envelope = set_byte(envelope, 80, get_byte(envelope, 80) # 1)"_s,
          u"dup_hash = sha256(dup_hash)"_s, u"seal_ref = gen_random_uuid()"_s,
          u"person_role = 'household', person_name = '試験', relationship = '夫'"_s,
          u"recipient_id = "_s + otherRecipient}) {
        INFO(change.toStdString());
        CHECK(clerk->exec(u"SELECT kohi.test_update_mynumber($1)"_s,
                          {(u"UPDATE kohi.mynumber SET "_s + change + u" WHERE id = "_s + idText)
                               .toUtf8()}) == PGRES_FATAL_ERROR);
        CHECK(clerk->sqlstate() == u"42501"_s);
    }
    // Fields outside the binding (the status, the approver's bookkeeping) still change.
    clerk->ok(
        u"SELECT kohi.test_update_mynumber($1)"_s,
        {(u"UPDATE kohi.mynumber SET mismatches = mismatches WHERE id = "_s + idText).toUtf8()});
    CHECK_FALSE(w.revealed(id).isEmpty());
}

TEST_CASE("an envelope re-sealed with another number (as a dishonest rotation could) is caught "
          "at reveal and shown to nobody",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_reveal_check"_s);
    const qint64 rid = w.recipient();
    const QString a = syntheticNumber();
    QString b = syntheticNumber();
    while (b == a)
        b = syntheticNumber();
    qint64 id = 0;
    {
        auto clerk = w.session(w.clerk);
        const auto reg = MyNumberRepository(*clerk, w.pin)
                             .registerNumber(MyNumberEntry{rid, PersonRole::Patient, {}, {}, {}},
                                             SecureBytes::fromUtf8(a));
        REQUIRE(reg.registered());
        id = reg.id;
    }
    CHECK(w.revealed(id) == a);
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_reveal_check'"
                  " AND outcome = 'ok'"_s) == 1);

    // A rotating viewer holds every plaintext and the new key: they can seal B for A's row,
    // bound to A's row. (Made here by the database administrator, whom nothing restricts.)
    const auto row = w.db.dba().exec(
        u"SELECT seal_ref::text AS s FROM kohi.mynumber WHERE id = $1"_s, {QByteArray::number(id)});
    REQUIRE(row.ok);
    const QByteArray sealsB = clientEnvelope(w.key, b, rid, QUuid(row.first(u"s"_s).toString()));
    REQUIRE(w.db.dba()
                .exec(u"UPDATE kohi.mynumber SET envelope = $2::bytea, resealed_at = now()"
                      " WHERE id = $1"_s,
                      {QByteArray::number(id), bytea::toParam(sealsB)})
                .ok);

    // The envelope opens (it is a real one), but the viewer is shown nothing.
    auto viewer = w.session(w.viewer);
    SecureBytes shown;
    QString error;
    CHECK_FALSE(MyNumberRepository(*viewer, w.pin)
                    .reveal(id, u"identity"_s, {}, Passphrase, &shown, &error));
    CHECK(shown.size() == 0);
    CHECK(error.contains(u"一致しません"_s));
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_reveal_check'"
                  " AND outcome = 'refused' AND details ->> 'reason' = 'envelope_mismatch'"_s) ==
          1);
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE details::text LIKE '%' || $1 || '%'"
                  " OR details::text LIKE '%' || $2 || '%'"_s,
                  {a.toUtf8(), b.toUtf8()}) == 0);
}

TEST_CASE("the reveal check is no guessing oracle: only a number the viewer was just handed",
          "[mynumber][security]")
{
    ProofWorld w(u"kohi_envelope_check_oracle"_s);
    const qint64 rid = w.recipient();
    const QString a = syntheticNumber();
    qint64 id = 0;
    {
        auto clerk = w.session(w.clerk);
        const auto reg = MyNumberRepository(*clerk, w.pin)
                             .registerNumber(MyNumberEntry{rid, PersonRole::Patient, {}, {}, {}},
                                             SecureBytes::fromUtf8(a));
        REQUIRE(reg.registered());
        id = reg.id;
    }
    const QString check = u"SELECT outcome FROM kohi_api.mynumber_reveal_check($1::bigint, $2)"_s;
    // A viewer who did not reveal it, in a transaction rolled back afterwards: refused, on record.
    auto viewer = w.raw(w.viewer);
    viewer->ok(u"BEGIN"_s);
    CHECK(viewer->exec(check, {QByteArray::number(id), a.toUtf8()}) == PGRES_FATAL_ERROR);
    CHECK(viewer->sqlstate() == u"42501"_s);
    viewer->ok(u"ROLLBACK"_s);
    CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'mynumber_reveal_check'"
                  " AND outcome = 'refused' AND details ->> 'reason' = 'not_revealed'"_s) == 1);
    // Clerks and approvers cannot call it at all.
    for (const auto& who : {w.clerk, w.approver}) {
        auto c = w.raw(who);
        CHECK(c->exec(check, {QByteArray::number(id), a.toUtf8()}) == PGRES_FATAL_ERROR);
        CHECK(c->sqlstate() == u"42501"_s);
    }
    // After a reveal the viewer knows the number anyway: then a wrong one is a mismatch.
    REQUIRE(viewer->exec(u"SELECT envelope FROM kohi_api.mynumber_reveal($1, 'identity', NULL)"_s,
                         {QByteArray::number(id)}) == PGRES_TUPLES_OK);
    REQUIRE(viewer->exec(check, {QByteArray::number(id), syntheticNumber().toUtf8()}) ==
            PGRES_TUPLES_OK);
    CHECK(viewer->value() == u"mismatch"_s);
    REQUIRE(viewer->exec(check, {QByteArray::number(id), a.toUtf8()}) == PGRES_TUPLES_OK);
    CHECK(viewer->value() == u"match"_s);
}
