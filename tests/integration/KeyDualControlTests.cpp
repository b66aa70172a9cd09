// No one acts alone on My Number key material (issue 11, item 3; migration 0022). Every attack
// is made over a raw libpq connection as the staff role, as an insider with psql would; the
// legitimate paths go through the ceremony code the CLI uses. Each case has a database of its
// own (the key is per database).
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "core/validation/MyNumber.h"
#include "db/ByteaText.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using kohi::crypto::Argon2Params;
using kohi::crypto::SecureBytes;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRepository;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;
using Kind = MyNumberKeyCeremony::ProposalKind;
namespace bytea = kohi::db::bytea;

namespace {

// Accepted only because these databases are not production and turn on
// mynumber_argon2_test_params (the case on Argon2 shows production refusing it).
const Argon2Params FastArgon2{64, 1, 1};
const QString Pass1 = u"first viewer's reveal passphrase"_s;
const QString Pass2 = u"second viewer's reveal passphrase"_s;

const QString Fetch = u"SELECT * FROM kohi_api.mynumber_rotation_envelopes()"_s;
const QString Rotate = u"SELECT * FROM kohi_api.mynumber_key_rotate($1::bytea, $2::bytea,"
                       " $3::bigint[], $4::bytea[])"_s;
const QString Propose =
    u"SELECT proposal_id FROM kohi_api.mynumber_key_propose($1, $2, $3::boolean, NULL)"_s;
const QString Approve = u"SELECT proposal_id FROM kohi_api.mynumber_key_approve($1, NULL)"_s;
const QString Reveal = u"SELECT envelope FROM kohi_api.mynumber_reveal($1, 'identity', NULL)"_s;

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

// A real wrapped key under the given cost (the server reads the cost from the blob).
QByteArray wrapped(const kohi::crypto::KeyPair& keyPair, const QString& passphrase,
                   const Argon2Params& params)
{
    QByteArray blob;
    QString error;
    const bool ok = kohi::crypto::KeyWrapper::wrapKey(keyPair, passphrase, params, &blob, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return blob;
}

// A v1 wrapped key's shape with the production cost and the given key id, random contents (the
// server cannot open one anyway): what a psql user would send.
QByteArray fakeWrapped(const QByteArray& keyId)
{
    QByteArray w = randomBytes(105);
    w[0] = 1;
    w.replace(1, 12, QByteArray::fromHex("000100000000000300000001"));
    w.replace(29, 16, keyId);
    return w;
}

QByteArray garbageEnvelope(const QByteArray& keyId)
{
    QByteArray e = randomBytes(89);
    e[0] = 1;
    e.replace(1, 16, keyId);
    return e;
}

struct KeyWorld
{
    FreshDatabase db;
    TestDatabase::Staff v1;
    TestDatabase::Staff v2;
    TestDatabase::Staff admin;
    TestDatabase::Staff clerk;
    QString pin; // the key's fingerprint
    QList<std::pair<qint64, QString>> numbers;

    // withKey: the first key (for v1, by the database administrator) and `count` numbers.
    explicit KeyWorld(const QString& name, bool withKey = true, int count = 3) : db(name)
    {
        REQUIRE(db.dba()
                    .exec(u"UPDATE kohi.setting SET value = 1"
                          " WHERE key = 'mynumber_argon2_test_params'"_s)
                    .ok);
        v1 = db.createStaff(u"kd_va"_s, {u"kohi_mynumber_viewer"_s});
        v2 = db.createStaff(u"kd_vb"_s, {u"kohi_mynumber_viewer"_s});
        admin = db.createStaff(u"kd_ua"_s, {u"kohi_user_admin"_s});
        clerk = db.createStaff(u"kd_cl"_s, {u"kohi_clerk_nanbyo"_s});
        if (!withKey)
            return;
        MyNumberKeyCeremony::KeyInfo key;
        QString error;
        const bool created =
            MyNumberKeyCeremony(db.dba(), FastArgon2).createFirstKey(v1.login, Pass1, &key, &error);
        INFO(error.toStdString());
        REQUIRE(created);
        pin = key.fingerprintHex;
        auto clerkSession = session(clerk);
        MyNumberRepository repo(*clerkSession, pin);
        for (int i = 0; i < count; ++i) {
            const auto r = db.dba().exec(
                u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                " municipality_code, synthetic) VALUES ('54', $1, '鍵', '花子', 'カギ', 'ハナコ',"
                " '1960-05-01', 2, '大阪府岸和田市1-1', '272027', true) RETURNING id"_s,
                {QByteArray::number(3000000 + i)});
            REQUIRE(r.ok);
            const QString n = syntheticNumber();
            const auto reg = repo.registerNumber(
                kohi::db::MyNumberEntry{
                    r.first(u"id"_s).toLongLong(), kohi::db::PersonRole::Patient, {}, {}, {}},
                SecureBytes::fromUtf8(n));
            INFO(reg.message.toStdString());
            REQUIRE(reg.registered());
            numbers << std::pair{reg.id, n};
        }
    }

    std::unique_ptr<Session> session(const TestDatabase::Staff& who)
    {
        auto s = db.connect(who);
        REQUIRE(s->exec(u"SELECT kohi_api.session_begin('key-test-terminal')"_s).ok);
        return s;
    }

    std::unique_ptr<RawConnection> raw(const TestDatabase::Staff& who)
    {
        auto c = std::make_unique<RawConnection>(db.name(), who.login, who.password);
        c->ok(u"SELECT kohi_api.session_begin('raw-psql')"_s);
        return c;
    }

    // Gives `who` a wrapped key for the active key behind the API's back (as the database
    // administrator, from v1's key): a second holder whatever the API allows.
    void plantWrappedKey(const TestDatabase::Staff& who, const QString& passphrase)
    {
        const auto r =
            db.dba().exec(u"SELECT w.wrapped FROM kohi.mynumber_key_wrap w JOIN kohi.mynumber_key k"
                          " ON k.key_id = w.key_id WHERE k.status = 'active' AND w.viewer = $1"_s,
                          {v1.login.toUtf8()});
        REQUIRE(r.ok);
        REQUIRE(r.rows.size() == 1);
        kohi::crypto::KeyPair keyPair;
        REQUIRE(kohi::crypto::KeyWrapper::unwrapKey(bytea::fromValue(r.first(u"wrapped"_s)), Pass1,
                                                    &keyPair, nullptr));
        const QByteArray blob = wrapped(keyPair, passphrase, FastArgon2);
        const auto inserted =
            db.dba().exec(u"INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped)"
                          " VALUES ($1::bytea, $2, $3::bytea)"_s,
                          {bytea::toParam(keyPair.publicKey().keyId()), who.login.toUtf8(),
                           bytea::toParam(blob)});
        keyPair.clear();
        INFO(inserted.errorMessage.toStdString());
        REQUIRE(inserted.ok);
    }

    // Holders of the active key.
    QStringList holders()
    {
        const auto r =
            db.dba().exec(u"SELECT coalesce(string_agg(w.viewer, ',' ORDER BY w.viewer), '') AS v"
                          " FROM kohi.mynumber_key_wrap w JOIN kohi.mynumber_key k"
                          " ON k.key_id = w.key_id WHERE k.status = 'active'"_s);
        REQUIRE(r.ok);
        return r.first(u"v"_s).toString().split(u',', Qt::SkipEmptyParts);
    }

    // Access-log events of one login and action (after linking everything waiting).
    QList<QJsonObject> events(const TestDatabase::Staff& who, const QString& action,
                              const QString& outcome)
    {
        kohi::test::sealAuditLog(db.dba());
        const auto r = db.dba().exec(u"SELECT details::text AS d FROM kohi.audit_event"
                                     " WHERE login = $1 AND action = $2 AND outcome = $3"
                                     " ORDER BY chain_seq"_s,
                                     {who.login.toUtf8(), action.toUtf8(), outcome.toUtf8()});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        QList<QJsonObject> out;
        for (const auto& row : r.rows)
            out << QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
        return out;
    }

    QByteArray idArray()
    {
        QStringList ids;
        for (const auto& n : numbers)
            ids << QString::number(n.first);
        return (u'{' + ids.join(u',') + u'}').toUtf8();
    }

    // Proposes as `by` and has `approver` approve, through the ceremony code.
    qint64 approved(const TestDatabase::Staff& by, const TestDatabase::Staff& approver, Kind kind,
                    const QString& viewer = {}, bool dropOthers = false)
    {
        auto proposer = session(by);
        auto second = session(approver);
        MyNumberKeyCeremony::Proposal p;
        QString error;
        const bool proposed =
            MyNumberKeyCeremony(*proposer).propose(kind, viewer, dropOthers, {}, &p, &error);
        INFO(error.toStdString());
        REQUIRE(proposed);
        const bool ok = MyNumberKeyCeremony(*second).approve(p.id, {}, nullptr, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
        return p.id;
    }
};

} // namespace

TEST_CASE("a lone viewer cannot obtain two envelopes in one call: the bulk read needs another "
          "person's approval, works once in its window, and every refusal outlives a ROLLBACK",
          "[mynumber][keys][security]")
{
    KeyWorld w(u"kohi_keydual_bulk"_s);
    auto v1 = w.raw(w.v1);

    // The attack: every envelope and the own wrapped key in one transaction, rolled back.
    v1->ok(u"BEGIN"_s);
    v1->ok(u"SELECT * FROM kohi_api.mynumber_my_wrapped_key()"_s);
    v1->fails(Fetch);
    CHECK(v1->error().contains(u"承認した鍵の更新の提案がなければ"_s));
    v1->ok(u"ROLLBACK"_s);
    CHECK(w.events(w.v1, u"mynumber_rotation_fetch"_s, u"refused"_s).size() == 1);
    CHECK(w.events(w.v1, u"mynumber_rotation_fetch"_s, u"ok"_s).isEmpty());

    // No other call hands out envelopes in bulk: only two functions return one at all, and the
    // reveal returns the one row of the id it is given.
    const auto withEnvelope = w.db.dba().exec(
        u"SELECT string_agg(p.proname, ',' ORDER BY p.proname) AS f FROM pg_proc p"
        " WHERE p.pronamespace = 'kohi_api'::regnamespace AND 'envelope' = ANY (p.proargnames)"_s);
    REQUIRE(withEnvelope.ok);
    CHECK(withEnvelope.first(u"f"_s).toString() ==
          u"mynumber_reveal,mynumber_rotation_envelopes"_s);
    v1->ok(Reveal, {QByteArray::number(w.numbers[0].first)});
    CHECK(v1->rows() == 1);

    // A proposal alone opens nothing; its author cannot approve it; nor can a clerk.
    v1->ok(Propose, {"rotate", {}, "false"});
    const QByteArray id = v1->value().toUtf8();
    v1->fails(Fetch);
    v1->fails(Approve, {id});
    CHECK(v1->error().contains(u"自分の提案は承認できません"_s));
    auto clerk = w.raw(w.clerk);
    clerk->fails(Approve, {id});
    CHECK(clerk->sqlstate() == u"42501"_s);

    // Approved by the second viewer (who holds no key and cannot use the approval either).
    auto v2 = w.raw(w.v2);
    v2->ok(Approve, {id});
    v2->fails(Fetch);

    // Not in REPEATABLE READ (its snapshot would not see an earlier hand-out).
    v1->ok(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s);
    v1->fails(Fetch);
    CHECK(v1->error().contains(u"READ COMMITTED"_s));
    v1->ok(u"ROLLBACK"_s);

    // Once: a second call in the same transaction, after a ROLLBACK, or from a second
    // connection is refused.
    v1->ok(u"BEGIN"_s);
    v1->ok(Fetch);
    CHECK(v1->rows() == 3);
    v1->fails(Fetch);
    v1->ok(u"ROLLBACK"_s);
    v1->ok(u"BEGIN"_s);
    v1->fails(Fetch);
    CHECK(v1->error().contains(u"既に行われました"_s));
    v1->ok(u"ROLLBACK"_s);
    auto v1again = w.raw(w.v1);
    v1again->fails(Fetch);

    // The log: one hand-out, with how many envelopes left and who approved it.
    const auto handedOut = w.events(w.v1, u"mynumber_rotation_fetch"_s, u"ok"_s);
    REQUIRE(handedOut.size() == 1);
    CHECK(handedOut[0].value(u"numbers"_s).toInt() == 3);
    CHECK(handedOut[0].value(u"approved_by"_s).toString() == w.v2.login);
    CHECK(handedOut[0].value(u"proposal_id"_s).toInteger() == id.toLongLong());
    CHECK(w.events(w.v1, u"mynumber_rotation_fetch"_s, u"refused"_s).size() >= 6);
    CHECK(w.events(w.v1, u"mynumber_key_approve"_s, u"refused"_s).size() == 1);
}

TEST_CASE("a lone viewer cannot rotate the key alone nor delete the other viewers' wrapped keys",
          "[mynumber][keys][security]")
{
    KeyWorld w(u"kohi_keydual_rotate"_s);
    w.plantWrappedKey(w.v2, Pass2);
    REQUIRE(w.holders().size() == 2);
    auto v1 = w.raw(w.v1);

    // The attack: a new key only v1 holds, garbage envelopes, Bob's key deleted.
    const QByteArray pub = randomBytes(32);
    const QByteArray kid = QCryptographicHash::hash(pub, QCryptographicHash::Sha256).left(16);
    QList<QByteArray> garbage;
    for (int i = 0; i < w.numbers.size(); ++i)
        garbage << garbageEnvelope(kid);
    const QList<QByteArray> attack{bytea::toParam(pub), bytea::toParam(fakeWrapped(kid)),
                                   w.idArray(), bytea::toArrayParam(garbage)};
    v1->ok(u"BEGIN"_s);
    v1->exec(Fetch); // refused now; before 0022 it handed everything out
    v1->ok(u"ROLLBACK"_s);
    v1->ok(u"BEGIN"_s);
    v1->fails(Rotate, attack);
    v1->ok(u"ROLLBACK"_s);
    v1->fails(Rotate, attack);
    CHECK(w.holders().size() == 2);
    auto v2session = w.session(w.v2);
    SecureBytes shown;
    QString error;
    REQUIRE(MyNumberRepository(*v2session, w.pin)
                .reveal(w.numbers[1].first, u"identity"_s, {}, Pass2, &shown, &error));
    CHECK(shown.toDisplayString() == w.numbers[1].second);

    // A rotation proposal must say whose keys it deletes; the holder v2 may approve it.
    v1->fails(Propose, {"rotate", {}, "false"});
    CHECK(v1->error().contains(w.v2.login));

    // An approval given while v1 was the only holder cannot drop a holder enrolled later.
    REQUIRE(
        w.db.dba()
            .exec(u"DELETE FROM kohi.mynumber_key_wrap WHERE viewer = $1"_s, {w.v2.login.toUtf8()})
            .ok);
    const qint64 rotation = w.approved(w.v1, w.admin, Kind::Rotate);
    w.approved(w.v1, w.admin, Kind::Enrol, w.v2.login);
    auto v1session = w.session(w.v1);
    REQUIRE(MyNumberKeyCeremony(*v1session, FastArgon2).enrol(w.v2.login, Pass1, Pass2, &error));
    REQUIRE(w.holders().size() == 2);
    v1->ok(u"BEGIN"_s);
    v1->ok(Fetch);
    v1->fails(Rotate, attack);
    CHECK(v1->error().contains(u"承認された提案にない閲覧者"_s));
    CHECK(v1->error().contains(w.v2.login));
    v1->ok(u"ROLLBACK"_s);
    CHECK(w.holders().size() == 2);
    const auto refused = w.events(w.v1, u"mynumber_key_rotate"_s, u"refused"_s);
    REQUIRE_FALSE(refused.isEmpty());
    CHECK(refused.last().value(u"reason"_s).toString() == u"drop_not_approved"_s);
    CHECK(refused.last().value(u"proposal_id"_s).toInteger() == rotation);

    // The re-sealed set must be exactly what was handed out, in the transaction that fetched
    // it: a rotation in another transaction is refused.
    const qint64 second = w.approved(w.v1, w.v2, Kind::Rotate, {}, true);
    v1->ok(u"BEGIN"_s);
    v1->ok(Fetch);
    v1->ok(u"COMMIT"_s);
    v1->fails(Rotate, attack);
    CHECK(v1->error().contains(u"同じトランザクション"_s));
    CHECK(w.holders().size() == 2);
    CHECK(second > rotation);

    // v2, a holder too, cannot rotate alone either.
    auto v2raw = w.raw(w.v2);
    v2raw->ok(u"BEGIN"_s);
    v2raw->fails(Fetch);
    v2raw->ok(u"ROLLBACK"_s);
    v2raw->fails(Rotate, attack);
    CHECK(w.holders().size() == 2);
    CHECK(w.events(w.v1, u"mynumber_key_rotate"_s, u"ok"_s).isEmpty());
}

TEST_CASE("an approved rotation by two people works end to end: both counts logged, every number "
          "still reveals, the other viewer enrolled again",
          "[mynumber][keys][security]")
{
    KeyWorld w(u"kohi_keydual_e2e"_s);
    // v2 enrolled the proper way: v1 proposes, the user administrator approves, v1 enrols.
    w.approved(w.v1, w.admin, Kind::Enrol, w.v2.login);
    auto v1 = w.session(w.v1);
    auto v2 = w.session(w.v2);
    MyNumberKeyCeremony c1(*v1, FastArgon2);
    QString error;
    REQUIRE(c1.enrol(w.v2.login, Pass1, Pass2, &error));

    MyNumberKeyCeremony::Proposal proposal;
    REQUIRE(c1.propose(Kind::Rotate, {}, true, u"定期の鍵更新"_s, &proposal, &error));
    CHECK(proposal.dropViewers == QStringList{w.v2.login});
    const auto seen = MyNumberKeyCeremony(*v2).proposals(false, &error);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].state == u"proposed"_s);
    CHECK(seen[0].mayApprove);
    CHECK(seen[0].reason == u"定期の鍵更新"_s);
    CHECK_FALSE(MyNumberKeyCeremony(*v1).proposals(false, &error).value(0).mayApprove);
    REQUIRE(MyNumberKeyCeremony(*v2).approve(proposal.id, u"日程を確認"_s, nullptr, &error));

    MyNumberKeyCeremony::Rotation rotation;
    REQUIRE(c1.rotate(Pass1, &rotation, &error));
    CHECK(rotation.proposalId == proposal.id);
    CHECK(rotation.handedOut == 3);
    CHECK(rotation.resealed == 3);
    CHECK(rotation.viewersToEnrol == QStringList{w.v2.login});

    const auto fetched = w.events(w.v1, u"mynumber_rotation_fetch"_s, u"ok"_s);
    REQUIRE(fetched.size() == 1);
    CHECK(fetched[0].value(u"numbers"_s).toInt() == 3);
    const auto rotated = w.events(w.v1, u"mynumber_key_rotate"_s, u"ok"_s);
    REQUIRE(rotated.size() == 1);
    CHECK(rotated[0].value(u"handed_out"_s).toInt() == 3);
    CHECK(rotated[0].value(u"resealed"_s).toInt() == 3);
    CHECK(rotated[0].value(u"approved_by"_s).toString() == w.v2.login);
    CHECK(rotated[0].value(u"proposal_id"_s).toInteger() == proposal.id);
    CHECK(w.events(w.v2, u"mynumber_key_approve"_s, u"ok"_s).size() == 1);
    CHECK(w.events(w.v1, u"mynumber_key_propose"_s, u"ok"_s).size() == 2);

    MyNumberRepository repo(*v1, rotation.newFingerprintHex);
    for (const auto& [id, number] : w.numbers) {
        SecureBytes shown;
        REQUIRE(repo.reveal(id, u"identity"_s, {}, Pass1, &shown, &error));
        CHECK(shown.toDisplayString() == number);
    }
    const auto history = MyNumberKeyCeremony(*v2).proposals(true, &error);
    REQUIRE(history.size() == 2);
    CHECK(history[0].state == u"done"_s);
    CHECK(history[0].decidedBy == w.v2.login);

    // v2 enrolled again under the new key, again with an approval.
    w.approved(w.v1, w.admin, Kind::Enrol, w.v2.login);
    REQUIRE(c1.enrol(w.v2.login, Pass1, Pass2, &error));
    SecureBytes shown;
    REQUIRE(MyNumberRepository(*v2, rotation.newFingerprintHex)
                .reveal(w.numbers[2].first, u"identity"_s, {}, Pass2, &shown, &error));
    CHECK(shown.toDisplayString() == w.numbers[2].second);
}

TEST_CASE("key proposals expire, approval windows close, and neither the proposer, the viewer "
          "concerned nor a clerk can approve",
          "[mynumber][keys][security]")
{
    KeyWorld w(u"kohi_keydual_expiry"_s, true, 1);
    auto v1 = w.raw(w.v1);
    auto v2 = w.raw(w.v2);
    auto admin = w.raw(w.admin);
    auto clerk = w.raw(w.clerk);
    auto v1session = w.session(w.v1);
    MyNumberKeyCeremony c1(*v1session, FastArgon2);
    QString error;

    // Enrolment straight away, as before 0022, is refused.
    CHECK_FALSE(c1.enrol(w.v2.login, Pass1, Pass2, &error));
    CHECK(error.contains(u"承認した提案がなければ"_s));
    CHECK(w.holders() == QStringList{w.v1.login});

    v1->ok(Propose, {"enrol", w.v2.login.toUtf8(), "false"});
    const QByteArray first = v1->value().toUtf8();
    v1->fails(Propose, {"enrol", w.v2.login.toUtf8(), "false"});
    CHECK(v1->error().contains(u"既にあります"_s));
    // The proposer (also inside a transaction rolled back), the viewer it enrols, a clerk.
    v1->ok(u"BEGIN"_s);
    v1->fails(Approve, {first});
    CHECK(v1->error().contains(u"自分の提案は承認できません"_s));
    v1->ok(u"ROLLBACK"_s);
    v2->fails(Approve, {first});
    CHECK(v2->error().contains(u"自分が対象の提案"_s));
    clerk->fails(Approve, {first});
    CHECK(clerk->sqlstate() == u"42501"_s);
    const auto ownRefusal = w.events(w.v1, u"mynumber_key_approve"_s, u"refused"_s);
    REQUIRE(ownRefusal.size() == 1);
    CHECK(ownRefusal[0].value(u"reason"_s).toString() == u"own_proposal"_s);

    // Expiry: mynumber_key_proposal_hours (24) after the proposal.
    const auto span =
        w.db.dba().exec(u"SELECT extract(epoch FROM expires_at - proposed_at)::int AS s"
                        " FROM kohi.mynumber_key_proposal WHERE id = $1"_s,
                        {first});
    REQUIRE(span.ok);
    CHECK(span.first(u"s"_s).toInt() == 24 * 3600);
    REQUIRE(
        w.db.dba()
            .exec(
                u"UPDATE kohi.mynumber_key_proposal SET proposed_at = now() - interval '25 hours',"
                " expires_at = now() - interval '1 hour' WHERE id = $1"_s,
                {first})
            .ok);
    admin->fails(Approve, {first});
    CHECK(admin->error().contains(u"期限切れ"_s));
    CHECK_FALSE(c1.enrol(w.v2.login, Pass1, Pass2, &error));
    const auto open = MyNumberKeyCeremony(*w.session(w.admin)).proposals(false, &error);
    CHECK(open.isEmpty());
    const auto all = MyNumberKeyCeremony(*w.session(w.admin)).proposals(true, &error);
    REQUIRE(all.size() == 1);
    CHECK(all[0].state == u"expired"_s);
    CHECK_FALSE(all[0].mayApprove);

    // A new proposal; approved once; the window closes unused.
    v1->ok(Propose, {"enrol", w.v2.login.toUtf8(), "false"});
    const QByteArray second = v1->value().toUtf8();
    admin->ok(Approve, {second});
    admin->fails(Approve, {second});
    CHECK(admin->error().contains(u"承認済み"_s));
    REQUIRE(w.db.dba()
                .exec(u"UPDATE kohi.mynumber_key_proposal SET"
                      " window_ends_at = clock_timestamp() - interval '1 minute' WHERE id = $1"_s,
                      {second})
                .ok);
    CHECK_FALSE(c1.enrol(w.v2.login, Pass1, Pass2, &error));
    CHECK(error.contains(u"承認した提案がなければ"_s));
    CHECK(w.holders() == QStringList{w.v1.login});

    // Withdrawn by its author, a proposal cannot be approved.
    v1->ok(Propose, {"enrol", w.v2.login.toUtf8(), "false"});
    const QByteArray third = v1->value().toUtf8();
    v1->ok(u"SELECT kohi_api.mynumber_key_reject($1, '取り下げ')"_s, {third});
    CHECK(v1->value() == u"withdrawn"_s);
    admin->fails(Approve, {third});
    CHECK(w.holders() == QStringList{w.v1.login});

    // Rejected by an approver: likewise.
    v1->ok(Propose, {"enrol", w.v2.login.toUtf8(), "false"});
    const QByteArray fourth = v1->value().toUtf8();
    admin->ok(u"SELECT kohi_api.mynumber_key_reject($1, '必要なし')"_s, {fourth});
    CHECK(admin->value() == u"rejected"_s);
    v2->fails(Approve, {fourth});
    CHECK_FALSE(c1.enrol(w.v2.login, Pass1, Pass2, &error));
    CHECK(w.events(w.admin, u"mynumber_key_reject"_s, u"ok"_s).size() == 1);
}

TEST_CASE("weak Argon2id parameters in a wrapped key are refused in production, the test setting "
          "cannot lower the minimum there, and the passphrase rule is specific",
          "[mynumber][keys][security]")
{
    KeyWorld w(u"kohi_keydual_argon2"_s, false);
    Session& dba = w.db.dba();
    auto admin = w.raw(w.admin);

    // Not production while the test setting is on.
    REQUIRE(dba.exec(u"BEGIN"_s).ok);
    dba.exec(u"UPDATE kohi.environment SET kind = 'production', name = '本番'"_s);
    const auto toProduction = dba.exec(u"COMMIT"_s);
    CHECK_FALSE(toProduction.ok);
    CHECK(toProduction.errorMessage.contains(u"本番環境"_s));
    dba.exec(u"ROLLBACK"_s);
    REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = 0"
                     " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    REQUIRE(dba.exec(u"UPDATE kohi.environment SET kind = 'production', name = '本番'"_s).ok);
    // ...and in production it cannot be turned on.
    admin->fails(u"SELECT kohi_api.setting_set('mynumber_argon2_test_params', 1)"_s);
    CHECK(admin->error().contains(u"本番環境"_s));

    kohi::crypto::KeyPair keyPair;
    REQUIRE(kohi::crypto::KeyPair::generate(&keyPair, nullptr));
    const QByteArray pub = bytea::toParam(keyPair.publicKey().toRaw());
    const QString create =
        u"SELECT * FROM kohi_api.mynumber_key_create($1::bytea, $2, $3::bytea)"_s;
    auto v1 = w.raw(w.v1);
    for (const Argon2Params weak : {Argon2Params{64, 1, 1}, Argon2Params{65536, 2, 1},
                                    Argon2Params{32768, 3, 1}, Argon2Params{8192, 8, 4}}) {
        INFO(weak.memoryKiB << " KiB, t=" << weak.iterations << ", p=" << weak.parallelism);
        const QByteArray blob = bytea::toParam(wrapped(keyPair, Pass1, weak));
        const auto byDba = dba.exec(create, {pub, w.v1.login.toUtf8(), blob});
        CHECK_FALSE(byDba.ok);
        CHECK(byDba.errorMessage.contains(u"弱すぎます"_s));
        v1->fails(create, {pub, w.v1.login.toUtf8(), blob}); // the viewer for themselves
        CHECK(v1->error().contains(u"64MiB"_s));
    }
    CHECK(w.holders().isEmpty());

    // Forcing the setting on behind the triggers' back changes nothing in production.
    REQUIRE(dba.exec(u"BEGIN"_s).ok);
    REQUIRE(dba.exec(u"SET LOCAL session_replication_role = replica"_s).ok);
    REQUIRE(dba.exec(u"UPDATE kohi.setting SET value = 1"
                     " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    REQUIRE(dba.exec(u"COMMIT"_s).ok);
    CHECK_FALSE(dba.exec(create, {pub, w.v1.login.toUtf8(),
                                  bytea::toParam(wrapped(keyPair, Pass1, FastArgon2))})
                    .ok);

    // The client's defaults meet the minimum: the bootstrap works in production.
    static_assert(Argon2Params{}.meetsServerMinimum());
    MyNumberKeyCeremony::KeyInfo key;
    QString error;
    REQUIRE(MyNumberKeyCeremony(dba).createFirstKey(w.v1.login, Pass1, &key, &error));
    CHECK(w.holders() == QStringList{w.v1.login});

    // The same rule for every row of the table, however written.
    const auto planted = dba.exec(
        u"INSERT INTO kohi.mynumber_key_wrap (key_id, viewer, wrapped)"
        " VALUES (decode($1, 'hex'), $2, $3::bytea)"_s,
        {key.keyIdHex.toUtf8(), w.v2.login.toUtf8(),
         bytea::toParam(wrapped(keyPair, Pass2, FastArgon2)
                            .replace(29, 16, QByteArray::fromHex(key.keyIdHex.toLatin1())))});
    CHECK_FALSE(planted.ok);
    CHECK(planted.errorMessage.contains(u"弱すぎます"_s));
    keyPair.clear();

    // The passphrase rule (the server never sees the passphrase: the ceremony code refuses).
    CHECK(MyNumberKeyCeremony::passphraseProblem(u"fifteen chars!!"_s).contains(u"16文字以上"_s));
    CHECK(
        MyNumberKeyCeremony::passphraseProblem(u"abababababababababab"_s).contains(u"8種類以上"_s));
    CHECK(MyNumberKeyCeremony::passphraseProblem(u"my login is kd_va_1 ok"_s, u"KD_VA_1"_s)
              .contains(u"ユーザーID"_s));
    CHECK(
        MyNumberKeyCeremony::passphraseProblem(u" leading space passphrase"_s).contains(u"空白"_s));
    CHECK(MyNumberKeyCeremony::passphraseProblem(Pass1, w.v1.login).isEmpty());
    auto v1session = w.session(w.v1);
    CHECK_FALSE(MyNumberKeyCeremony(*v1session).enrol(w.v2.login, Pass1, u"short one"_s, &error));
    CHECK(error.contains(u"16文字以上"_s));
}

TEST_CASE("reveals per viewer and day stop at the server's limit, counted durably (a rolled-back "
          "reveal counts), also from a second connection, with a specific message",
          "[mynumber][security]")
{
    KeyWorld w(u"kohi_keydual_reveals"_s);
    w.plantWrappedKey(w.v2, Pass2);
    REQUIRE(w.db.dba()
                .exec(u"UPDATE kohi.setting SET value = 3 WHERE key = 'mynumber_reveals_per_day'"_s)
                .ok);
    auto v1 = w.raw(w.v1);
    const auto id = [&w](int i) { return QByteArray::number(w.numbers[i].first); };

    v1->ok(Reveal, {id(0)});
    CHECK(v1->rows() == 1);
    v1->ok(u"BEGIN"_s);
    v1->ok(Reveal, {id(1)});
    v1->ok(u"ROLLBACK"_s);
    v1->ok(Reveal, {id(2)});
    v1->fails(Reveal, {id(0)});
    CHECK(v1->error().contains(u"本日の個人番号の表示が上限（1日3回）に達したため"_s));
    auto v1again = w.raw(w.v1);
    v1again->ok(u"BEGIN"_s);
    v1again->fails(Reveal, {id(1)});
    v1again->ok(u"ROLLBACK"_s);

    // Not in REPEATABLE READ (its snapshot would miss the latest reveals).
    auto v2 = w.raw(w.v2);
    v2->ok(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s);
    v2->fails(Reveal, {id(0)});
    CHECK(v2->error().contains(u"READ COMMITTED"_s));
    v2->ok(u"ROLLBACK"_s);
    // Another viewer has their own count.
    v2->ok(Reveal, {id(0)});

    CHECK(w.events(w.v1, u"mynumber_reveal"_s, u"ok"_s).size() == 3);
    const auto refused = w.events(w.v1, u"mynumber_reveal"_s, u"refused"_s);
    REQUIRE(refused.size() == 2);
    CHECK(refused[0].value(u"reason"_s).toString() == u"daily_limit"_s);
    CHECK(refused[0].value(u"limit"_s).toInt() == 3);

    // The limit is the setting.
    REQUIRE(w.db.dba()
                .exec(u"UPDATE kohi.setting SET value = 4 WHERE key = 'mynumber_reveals_per_day'"_s)
                .ok);
    v1->ok(Reveal, {id(0)});
    v1->fails(Reveal, {id(0)});
}
