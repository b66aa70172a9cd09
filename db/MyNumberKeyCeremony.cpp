#include "db/MyNumberKeyCeremony.h"

#include "core/crypto/HexFingerprint.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "db/ByteaText.h"
#include "db/MyNumberRepository.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::MyNumberKeyCeremony", text);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// text[] of logins (no quoting needed: [a-z0-9_]).
QStringList parseLoginArray(const QString& text)
{
    QString inner = text;
    if (inner.startsWith(u'{') && inner.endsWith(u'}'))
        inner = inner.mid(1, inner.size() - 2);
    return inner.split(u',', Qt::SkipEmptyParts);
}

// Wraps keyPair under passphrase and proves the blob opens again with it, before anything that
// depends on it is written: a wrapped key nobody can open would lose every number for good.
bool wrapAndVerify(const crypto::KeyPair& keyPair, QStringView passphrase,
                   const crypto::Argon2Params& params, QByteArray* blob, QString* error)
{
    if (!crypto::KeyWrapper::wrapKey(keyPair, passphrase, params, blob, error))
        return false;
    crypto::KeyPair check;
    const bool same = crypto::KeyWrapper::unwrapKey(*blob, passphrase, &check, error) &&
                      check.publicKey() == keyPair.publicKey();
    check.clear();
    if (!same)
        setError(error, tr("秘密鍵の保護を確認できませんでした。何も登録していません。"));
    return same;
}

// The session user's own wrapped key for the active key, unwrapped with their passphrase.
bool unwrapOwnKey(const Session& session, QStringView passphrase, crypto::KeyPair* keyPair,
                  QString* keyIdHex, QString* error)
{
    const PgResult r =
        session.exec(u"SELECT key_id, wrapped_key FROM kohi_api.mynumber_my_wrapped_key()"_s);
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("復号用の鍵が登録されていません。") : r.errorMessage);
        return false;
    }
    if (!crypto::KeyWrapper::unwrapKey(bytea::fromValue(r.first(u"wrapped_key"_s)), passphrase,
                                       keyPair, error))
        return false;
    *keyIdHex = r.first(u"key_id"_s).toString();
    if (keyPair->publicKey().keyIdHex() != *keyIdHex) {
        keyPair->clear();
        setError(error, tr("復号用の鍵が現在の鍵と一致しません。"));
        return false;
    }
    return true;
}

} // namespace

QString MyNumberKeyCeremony::KeyInfo::fingerprintForDisplay() const
{
    return crypto::HexFingerprint::formatForDisplay(QByteArray::fromHex(fingerprintHex.toLatin1()));
}

MyNumberKeyCeremony::MyNumberKeyCeremony(const Session& session, crypto::Argon2Params params)
    : m_session(session), m_params(params)
{
}

QString MyNumberKeyCeremony::passphraseProblem(QStringView passphrase, QStringView login)
{
    const QList<uint> codePoints = passphrase.toString().toUcs4();
    const qsizetype length = codePoints.size();
    if (length < MinPassphraseLength)
        return tr("復号用パスフレーズは%1文字以上にしてください（入力は%2文字）。")
            .arg(MinPassphraseLength)
            .arg(length);
    if (length > 256)
        return tr("復号用パスフレーズは256文字以内にしてください。");
    const QString trimmed = passphrase.trimmed().toString();
    if (trimmed.size() != passphrase.size())
        return tr("復号用パスフレーズの先頭と末尾に空白は使えません。");
    const QSet<uint> distinct(codePoints.cbegin(), codePoints.cend());
    if (distinct.size() < MinDistinctCharacters)
        return tr("復号用パスフレーズには%"
                  "1種類以上の異なる文字を使ってください（同じ文字や短い並びの"
                  "繰り返しは推測されやすいため）。")
            .arg(MinDistinctCharacters);
    if (login.size() >= 3 && passphrase.contains(login, Qt::CaseInsensitive))
        return tr("復号用パスフレーズにユーザーID（%1）を含めないでください。").arg(login);
    return {};
}

bool MyNumberKeyCeremony::createFirstKey(const QString& viewer, QStringView viewerPassphrase,
                                         KeyInfo* created, QString* error) const
{
    if (const QString problem = passphraseProblem(viewerPassphrase, viewer); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    crypto::KeyPair keyPair;
    QByteArray wrapped;
    if (!crypto::KeyPair::generate(&keyPair, error) ||
        !wrapAndVerify(keyPair, viewerPassphrase, m_params, &wrapped, error)) {
        keyPair.clear();
        return false;
    }
    const crypto::PublicKey publicKey = keyPair.publicKey();
    keyPair.clear(); // from here on it exists only wrapped
    const PgResult r = m_session.exec(
        u"SELECT key_id, fingerprint FROM kohi_api.mynumber_key_create($1::bytea, $2, $3::bytea)"_s,
        {bytea::toParam(publicKey.toRaw()), viewer.toUtf8(), bytea::toParam(wrapped)});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("鍵を登録できませんでした。") : r.errorMessage);
        return false;
    }
    if (r.first(u"fingerprint"_s).toString() != publicKey.fingerprintHex()) {
        setError(error, tr("サーバーが記録したフィンガープリントが生成した鍵と一致しません。"));
        return false;
    }
    if (created) {
        *created = KeyInfo{};
        created->keyIdHex = publicKey.keyIdHex();
        created->fingerprintHex = publicKey.fingerprintHex();
        created->status = u"active"_s;
        created->viewers = {viewer};
    }
    return true;
}

bool MyNumberKeyCeremony::enrol(const QString& newViewer, QStringView ownPassphrase,
                                QStringView newPassphrase, QString* error) const
{
    if (const QString problem = passphraseProblem(newPassphrase, newViewer); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    crypto::KeyPair keyPair;
    QString keyIdHex;
    if (!unwrapOwnKey(m_session, ownPassphrase, &keyPair, &keyIdHex, error))
        return false;
    QByteArray wrapped;
    const bool ok = wrapAndVerify(keyPair, newPassphrase, m_params, &wrapped, error);
    keyPair.clear();
    if (!ok)
        return false;
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.mynumber_key_enrol($1, $2, $3::bytea)"_s,
                       {keyIdHex.toUtf8(), newViewer.toUtf8(), bytea::toParam(wrapped)});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return false;
    }
    return true;
}

int MyNumberKeyCeremony::removeViewer(const QString& viewer, QString* error) const
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.mynumber_key_remove($1) AS n"_s, {viewer.toUtf8()});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return -1;
    }
    return r.first(u"n"_s).toInt();
}

bool MyNumberKeyCeremony::rotate(QStringView passphrase, Rotation* result, QString* error) const
{
    // The new key is wrapped under the same passphrase: it must meet today's rule.
    if (const QString problem = passphraseProblem(passphrase, m_session.userId());
        !problem.isEmpty()) {
        setError(error, problem + tr("（鍵の更新の前に、別の閲覧者に削除と再登録を依頼して"
                                     "パスフレーズを替えてください）"));
        return false;
    }
    // One transaction from reading the envelopes to writing them back: the server blocks new
    // registrations meanwhile and checks that every number was re-sealed.
    const PgResult begin = m_session.exec(u"BEGIN"_s);
    if (!begin.ok) {
        setError(error, begin.errorMessage);
        return false;
    }
    auto abort = [this](QString* e, const QString& message) {
        m_session.exec(u"ROLLBACK"_s);
        setError(e, message);
        return false;
    };

    crypto::KeyPair oldKey;
    QString oldKeyIdHex;
    QString problem;
    if (!unwrapOwnKey(m_session, passphrase, &oldKey, &oldKeyIdHex, &problem))
        return abort(error, problem);

    const PgResult rows =
        m_session.exec(u"SELECT mynumber_id, recipient_id, person_role, seal_ref, key_id, envelope"
                       " FROM kohi_api.mynumber_rotation_envelopes()"_s);
    if (!rows.ok) {
        oldKey.clear();
        return abort(error, rows.errorMessage);
    }

    crypto::KeyPair newKey;
    QByteArray wrapped;
    if (!crypto::KeyPair::generate(&newKey, &problem) ||
        !wrapAndVerify(newKey, passphrase, m_params, &wrapped, &problem)) {
        oldKey.clear();
        newKey.clear();
        return abort(error, problem);
    }

    QByteArray ids = "{";
    QList<QByteArray> envelopes;
    envelopes.reserve(rows.rows.size());
    int unreadable = 0;
    for (int i = 0; i < rows.rows.size(); ++i) {
        const QByteArray ad =
            MyNumberRepository::associatedData(rows.value(i, u"recipient_id"_s).toLongLong(),
                                               rows.value(i, u"person_role"_s).toString(),
                                               QUuid(rows.value(i, u"seal_ref"_s).toString()));
        crypto::SecureBytes number;
        QByteArray resealed;
        if (rows.value(i, u"key_id"_s).toString() != oldKeyIdHex ||
            !crypto::Sealer::open(bytea::fromValue(rows.value(i, u"envelope"_s)), oldKey, ad,
                                  &number, nullptr) ||
            !crypto::Sealer::seal(number, newKey.publicKey(), ad, &resealed, nullptr)) {
            ++unreadable;
            continue;
        }
        number.clear();
        if (ids.size() > 1)
            ids += ',';
        ids += rows.value(i, u"mynumber_id"_s).toString().toLatin1();
        envelopes << resealed;
    }
    oldKey.clear();
    const crypto::PublicKey newPublic = newKey.publicKey();
    newKey.clear();
    if (unreadable > 0) {
        return abort(error,
                     tr("現在の鍵で復号できない個人番号が%1件あります。鍵の更新を中止しました"
                        "（何も変更していません）。")
                         .arg(unreadable));
    }
    ids += '}';

    const PgResult rotated = m_session.exec(
        u"SELECT key_id, fingerprint, resealed, handed_out, viewers_to_enrol, proposal_id"
        " FROM kohi_api.mynumber_key_rotate($1::bytea, $2::bytea, $3::bigint[], $4::bytea[])"_s,
        {bytea::toParam(newPublic.toRaw()), bytea::toParam(wrapped), ids,
         bytea::toArrayParam(envelopes)});
    if (!rotated.ok || rotated.rows.isEmpty())
        return abort(error, rotated.ok ? tr("鍵を更新できませんでした。") : rotated.errorMessage);
    if (rotated.first(u"fingerprint"_s).toString() != newPublic.fingerprintHex())
        return abort(error, tr("サーバーが記録したフィンガープリントが生成した鍵と一致しません。"));
    const PgResult commit = m_session.exec(u"COMMIT"_s);
    if (!commit.ok) {
        setError(error, commit.errorMessage);
        return false;
    }
    if (result) {
        result->oldKeyIdHex = oldKeyIdHex;
        result->newKeyIdHex = newPublic.keyIdHex();
        result->newFingerprintHex = newPublic.fingerprintHex();
        result->resealed = rotated.first(u"resealed"_s).toInt();
        result->handedOut = rotated.first(u"handed_out"_s).toLongLong();
        result->proposalId = rotated.first(u"proposal_id"_s).toLongLong();
        result->viewersToEnrol = parseLoginArray(rotated.first(u"viewers_to_enrol"_s).toString());
    }
    return true;
}

QList<MyNumberKeyCeremony::KeyInfo> MyNumberKeyCeremony::keys(QString* error) const
{
    QList<KeyInfo> list;
    const PgResult r = m_session.exec(
        u"SELECT key_id, fingerprint, status,"
        " (extract(epoch FROM created_at) * 1000)::bigint AS created_ms, created_by, viewers,"
        " numbers FROM kohi_api.mynumber_key_list()"_s);
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        KeyInfo k;
        k.keyIdHex = r.value(i, u"key_id"_s).toString();
        k.fingerprintHex = r.value(i, u"fingerprint"_s).toString();
        k.status = r.value(i, u"status"_s).toString();
        k.createdAt = QDateTime::fromMSecsSinceEpoch(r.value(i, u"created_ms"_s).toLongLong());
        k.createdBy = r.value(i, u"created_by"_s).toString();
        k.viewers = parseLoginArray(r.value(i, u"viewers"_s).toString());
        k.numbers = r.value(i, u"numbers"_s).toLongLong();
        list << k;
    }
    return list;
}

QString MyNumberKeyCeremony::proposalKindCode(ProposalKind kind)
{
    switch (kind) {
    case ProposalKind::Create:
        return u"create"_s;
    case ProposalKind::Rotate:
        return u"rotate"_s;
    case ProposalKind::Enrol:
        return u"enrol"_s;
    case ProposalKind::Remove:
        return u"remove"_s;
    }
    return {};
}

std::optional<MyNumberKeyCeremony::ProposalKind>
MyNumberKeyCeremony::proposalKindFromCode(QStringView code)
{
    for (ProposalKind k :
         {ProposalKind::Create, ProposalKind::Rotate, ProposalKind::Enrol, ProposalKind::Remove})
        if (proposalKindCode(k) == code)
            return k;
    return std::nullopt;
}

namespace {

QDateTime timeOf(const QVariant& msSinceEpoch)
{
    return msSinceEpoch.isNull() ? QDateTime()
                                 : QDateTime::fromMSecsSinceEpoch(msSinceEpoch.toLongLong());
}

} // namespace

bool MyNumberKeyCeremony::propose(ProposalKind kind, const QString& viewer, bool dropOtherViewers,
                                  const QString& reason, Proposal* created, QString* error) const
{
    const PgResult r = m_session.exec(
        u"SELECT proposal_id, (extract(epoch FROM expires_at) * 1000)::bigint AS expires_ms,"
        " drop_viewers FROM kohi_api.mynumber_key_propose($1, $2, $3::boolean, $4)"_s,
        {proposalKindCode(kind).toUtf8(), viewer.isEmpty() ? QByteArray() : viewer.toUtf8(),
         dropOtherViewers ? "true" : "false",
         reason.trimmed().isEmpty() ? QByteArray() : reason.trimmed().toUtf8()});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("提案を登録できませんでした。") : r.errorMessage);
        return false;
    }
    if (created) {
        *created = Proposal{};
        created->id = r.first(u"proposal_id"_s).toLongLong();
        created->kind = proposalKindCode(kind);
        created->viewer = viewer;
        created->dropViewers = parseLoginArray(r.first(u"drop_viewers"_s).toString());
        created->reason = reason.trimmed();
        created->proposedBy = m_session.userId();
        created->expiresAt = timeOf(r.first(u"expires_ms"_s));
        created->state = u"proposed"_s;
    }
    return true;
}

QList<MyNumberKeyCeremony::Proposal> MyNumberKeyCeremony::proposals(bool includeClosed,
                                                                    QString* error) const
{
    QList<Proposal> list;
    const PgResult r = m_session.exec(
        u"SELECT proposal_id, kind, kind_label, viewer, drop_viewers, reason, proposed_by,"
        " (extract(epoch FROM proposed_at) * 1000)::bigint AS proposed_ms,"
        " (extract(epoch FROM expires_at) * 1000)::bigint AS expires_ms, state, state_label,"
        " decided_by, (extract(epoch FROM decided_at) * 1000)::bigint AS decided_ms,"
        " decision_note, (extract(epoch FROM window_ends_at) * 1000)::bigint AS window_ms,"
        " may_approve FROM kohi_api.mynumber_key_proposals($1::boolean)"_s,
        {includeClosed ? "true" : "false"});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        Proposal p;
        p.id = r.value(i, u"proposal_id"_s).toLongLong();
        p.kind = r.value(i, u"kind"_s).toString();
        p.kindLabel = r.value(i, u"kind_label"_s).toString();
        p.viewer = r.value(i, u"viewer"_s).toString();
        p.dropViewers = parseLoginArray(r.value(i, u"drop_viewers"_s).toString());
        p.reason = r.value(i, u"reason"_s).toString();
        p.proposedBy = r.value(i, u"proposed_by"_s).toString();
        p.proposedAt = timeOf(r.value(i, u"proposed_ms"_s));
        p.expiresAt = timeOf(r.value(i, u"expires_ms"_s));
        p.state = r.value(i, u"state"_s).toString();
        p.stateLabel = r.value(i, u"state_label"_s).toString();
        p.decidedBy = r.value(i, u"decided_by"_s).toString();
        p.decidedAt = timeOf(r.value(i, u"decided_ms"_s));
        p.decisionNote = r.value(i, u"decision_note"_s).toString();
        p.windowEndsAt = timeOf(r.value(i, u"window_ms"_s));
        const QString may = r.value(i, u"may_approve"_s).toString();
        p.mayApprove = may == u"t"_s || may == u"true"_s;
        list << p;
    }
    return list;
}

bool MyNumberKeyCeremony::approve(qint64 proposalId, const QString& note, Proposal* approved,
                                  QString* error) const
{
    const PgResult r =
        m_session.exec(u"SELECT proposal_id, kind, viewer, proposed_by,"
                       " (extract(epoch FROM window_ends_at) * 1000)::bigint AS window_ms"
                       " FROM kohi_api.mynumber_key_approve($1::bigint, $2)"_s,
                       {QByteArray::number(proposalId),
                        note.trimmed().isEmpty() ? QByteArray() : note.trimmed().toUtf8()});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("提案を承認できませんでした。") : r.errorMessage);
        return false;
    }
    if (approved) {
        *approved = Proposal{};
        approved->id = r.first(u"proposal_id"_s).toLongLong();
        approved->kind = r.first(u"kind"_s).toString();
        approved->viewer = r.first(u"viewer"_s).toString();
        approved->proposedBy = r.first(u"proposed_by"_s).toString();
        approved->state = u"approved"_s;
        approved->decidedBy = m_session.userId();
        approved->decisionNote = note.trimmed();
        approved->windowEndsAt = timeOf(r.first(u"window_ms"_s));
    }
    return true;
}

QString MyNumberKeyCeremony::reject(qint64 proposalId, const QString& note, QString* error) const
{
    const PgResult r =
        m_session.exec(u"SELECT kohi_api.mynumber_key_reject($1::bigint, $2) AS outcome"_s,
                       {QByteArray::number(proposalId),
                        note.trimmed().isEmpty() ? QByteArray() : note.trimmed().toUtf8()});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("提案を却下できませんでした。") : r.errorMessage);
        return {};
    }
    return r.first(u"outcome"_s).toString();
}

bool MyNumberKeyCeremony::activePublicKey(crypto::PublicKey* key, QString* error) const
{
    const PgResult r = m_session.exec(
        u"SELECT key_id, public_key, fingerprint FROM kohi_api.mynumber_public_key()"_s);
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("有効な鍵がありません。") : r.errorMessage);
        return false;
    }
    if (!crypto::PublicKey::fromBase64(r.first(u"public_key"_s).toString(), key, error))
        return false;
    if (key->fingerprintHex() != r.first(u"fingerprint"_s).toString()) {
        setError(error, tr("公開鍵とフィンガープリントが一致しません。"));
        return false;
    }
    return true;
}

} // namespace kohi::db
