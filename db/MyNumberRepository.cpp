#include "db/MyNumberRepository.h"

#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "core/crypto/Wipe.h"
#include "core/validation/MyNumber.h"
#include "db/ByteaText.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::MyNumberRepository", text);
}

QByteArray textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QByteArray() : text.trimmed().toUtf8();
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

MyNumberRegistration refusedHere(const QString& reason, const QString& message)
{
    MyNumberRegistration r;
    r.outcome = MyNumberRegistration::Outcome::Refused;
    r.reason = reason;
    r.message = message;
    return r;
}

MyNumberRegistration failed(const QString& message)
{
    MyNumberRegistration r;
    r.message = message;
    return r;
}

// The typed number, checked as the user expects (length, digits, check digit, with messages
// that never repeat it) and normalised to 12 ASCII digits in secure memory.
bool normalisedNumber(const crypto::SecureBytes& typed, crypto::SecureBytes* digits,
                      QString* message)
{
    QString text = typed.toDisplayString();
    ValidationResult checked = validateMyNumber(text);
    crypto::wipe(text);
    if (checked.isError()) {
        *message = checked.message;
        return false;
    }
    *digits = crypto::SecureBytes::fromUtf8(checked.normalized);
    crypto::wipe(checked.normalized);
    return true;
}

} // namespace

QString personRoleCode(PersonRole role)
{
    switch (role) {
    case PersonRole::Patient:
        return u"patient"_s;
    case PersonRole::Guardian:
        return u"guardian"_s;
    case PersonRole::Household:
        return u"household"_s;
    }
    return {};
}

std::optional<PersonRole> personRoleFromCode(QStringView code)
{
    for (PersonRole role : {PersonRole::Patient, PersonRole::Guardian, PersonRole::Household}) {
        if (code == personRoleCode(role))
            return role;
    }
    return std::nullopt;
}

MyNumberRepository::MyNumberRepository(const Session& session, QString pinnedFingerprint)
    : m_session(session), m_pinnedFingerprint(std::move(pinnedFingerprint))
{
}

QByteArray MyNumberRepository::associatedData(qint64 recipientId, QStringView roleCode,
                                              const QUuid& sealRef)
{
    const QString field = u"mynumber:%1:%2"_s.arg(roleCode, sealRef.toString(QUuid::WithoutBraces));
    return crypto::AssociatedData::forField(u"recipient", recipientId, field);
}

bool MyNumberRepository::publicKey(crypto::PublicKey* key, QString* error)
{
    if (!m_key.isNull()) {
        *key = m_key;
        return true;
    }
    if (m_pinnedFingerprint.trimmed().isEmpty()) {
        setError(error, tr("個人番号の暗号化用公開鍵のフィンガープリントが設定されていません"
                           "（kohi.ini の [crypto] "
                           "public_key_fingerprint）。システム管理者に連絡してください。"));
        return false;
    }
    const PgResult r = m_session.exec(
        u"SELECT key_id, public_key, fingerprint FROM kohi_api.mynumber_public_key()"_s);
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("暗号化用の公開鍵を取得できません。") : r.errorMessage);
        return false;
    }
    crypto::PublicKey fetched;
    if (!crypto::PublicKey::fromBase64(r.first(u"public_key"_s).toString(), &fetched, error))
        return false;
    // The pin is what makes a substituted key (by whoever could write the key table) useless:
    // a clerk's terminal sends numbers only for the key its configuration names (the server
    // seals to the active key only if it is that key).
    if (!fetched.matchesFingerprint(m_pinnedFingerprint) ||
        fetched.keyIdHex() != r.first(u"key_id"_s).toString()) {
        setError(error,
                 tr("データベースの公開鍵が、この端末に設定されたフィンガープリントと一致しません。"
                    "個人番号は暗号化せず、入力を中止してシステム管理者に連絡してください。"));
        return false;
    }
    m_key = fetched;
    *key = m_key;
    return true;
}

bool MyNumberRepository::parametersStayOutOfLogs(QString* error) const
{
    if (m_loggingChecked)
        return true;
    // Bind parameters reach the server log (log_statement, errors, slow statements) unless
    // both limits are 0 for this session; the database sets them (migration 0001), but a
    // role- or server-level override would defeat that. Only a superuser can change them, so
    // one check per session is enough.
    const PgResult r = m_session.exec(
        u"SELECT current_setting('log_parameter_max_length') = '0'"
        " AND current_setting('log_parameter_max_length_on_error') = '0' AS quiet"_s);
    if (!r.ok || r.first(u"quiet"_s).toString() != u"t"_s) {
        setError(error, r.ok
                            ? tr("サーバーの設定では個人番号がサーバーのログに残るおそれがあるため"
                                 "、送信を中止しました"
                                 "（log_parameter_max_length）。システム管理者に連絡してください。")
                            : r.errorMessage);
        return false;
    }
    m_loggingChecked = true;
    return true;
}

bool MyNumberRepository::readyToSend(QString* keyIdHex, QString* error)
{
    crypto::PublicKey key;
    if (!publicKey(&key, error) || !parametersStayOutOfLogs(error))
        return false;
    *keyIdHex = key.keyIdHex();
    return true;
}

MyNumberRegistration MyNumberRepository::registerNumber(const MyNumberEntry& entry,
                                                        const crypto::SecureBytes& typedNumber,
                                                        QUuid submissionKey)
{
    crypto::SecureBytes digits;
    QString invalid;
    if (!normalisedNumber(typedNumber, &digits, &invalid))
        return refusedHere(u"invalid_number"_s, invalid);

    QString error;
    crypto::PublicKey key;
    if (!publicKey(&key, &error))
        return refusedHere(u"pin"_s, error);
    if (!parametersStayOutOfLogs(&error))
        return refusedHere(u"logging"_s, error);

    const QString roleCode = personRoleCode(entry.role);
    // One UUID per submission: the idempotency key and the envelope's seal_ref.
    const QUuid sealRef = submissionKey.isNull() ? QUuid::createUuid() : submissionKey;

    // The server seals the number itself, from the same bind parameter it hashes (migration
    // 0025), so the stored envelope cannot hold another number than the one confirmed later.
    // This terminal sends no envelope ($8 NULL) but the id of the key it pinned: the server
    // seals only to that key. The plaintext travels only as a bind parameter (never in SQL
    // text, never in the log: the database sets log_parameter_max_length = 0), and is scrubbed
    // from this buffer after.
    QList<QByteArray> params{
        QByteArray::number(entry.recipientId),
        roleCode.toUtf8(),
        textOrNull(entry.personName),
        textOrNull(entry.relationship),
        entry.applicationDate.isValid() ? entry.applicationDate.toString(Qt::ISODate).toUtf8()
                                        : QByteArray(),
        sealRef.toString(QUuid::WithoutBraces).toUtf8(),
        key.keyIdHex().toUtf8(),
        QByteArray(),
        QByteArray(reinterpret_cast<const char*>(digits.data()), qsizetype(digits.size())),
        textOrNull(entry.personKana),
        entry.personBirthDate.isValid() ? entry.personBirthDate.toString(Qt::ISODate).toUtf8()
                                        : QByteArray()};
    digits.clear();
    const PgResult r = m_session.execRetrying(
        u"SELECT mynumber_id, outcome, reason, message FROM kohi_api.mynumber_register_once("
        "$6::uuid, $1::bigint, $2, $3, $4, $5::date, $6::uuid, $7, $8::bytea, $9, $10, $11::date)"_s,
        params);
    crypto::wipe(params[8]);

    if (!r.ok || r.rows.isEmpty())
        return failed(r.ok ? tr("個人番号を登録できませんでした。") : r.errorMessage);
    MyNumberRegistration result;
    result.reason = r.first(u"reason"_s).toString();
    result.message = r.first(u"message"_s).toString();
    if (r.first(u"outcome"_s).toString() == u"ok"_s) {
        result.outcome = MyNumberRegistration::Outcome::Registered;
        result.id = r.first(u"mynumber_id"_s).toLongLong();
    } else {
        result.outcome = MyNumberRegistration::Outcome::Refused;
        if (result.reason == u"key"_s)
            m_key = crypto::PublicKey(); // rotated meanwhile: fetch (and pin-check) again
    }
    return result;
}

QList<MyNumberStatus> MyNumberRepository::status(qint64 recipientId, QString* error) const
{
    QList<MyNumberStatus> list;
    const PgResult r = m_session.exec(
        u"SELECT mynumber_id, person_role, person_role_label, person_name, relationship,"
        " registered, status, (extract(epoch FROM registered_at) * 1000)::bigint AS registered_ms"
        " FROM kohi_api.recipient_mynumber_status($1::bigint)"_s,
        {QByteArray::number(recipientId)});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        MyNumberStatus s;
        s.id = r.value(i, u"mynumber_id"_s).toLongLong();
        s.role = personRoleFromCode(r.value(i, u"person_role"_s).toString());
        s.roleLabel = r.value(i, u"person_role_label"_s).toString();
        s.personName = r.value(i, u"person_name"_s).toString();
        s.relationship = r.value(i, u"relationship"_s).toString();
        s.registered = r.value(i, u"registered"_s).toString() == u"t"_s;
        s.status = r.value(i, u"status"_s).toString();
        if (s.registered)
            s.registeredAt =
                QDateTime::fromMSecsSinceEpoch(r.value(i, u"registered_ms"_s).toLongLong());
        list << s;
    }
    return list;
}

QList<MyNumberEligibility>
MyNumberRepository::eligibility(qint64 recipientId, QDate applicationDate, QString* error) const
{
    QList<MyNumberEligibility> list;
    const PgResult r =
        m_session.exec(u"SELECT person_role, person_role_label, allowed, reason, message"
                       " FROM kohi_api.mynumber_eligibility($1::bigint, $2::date)"_s,
                       {QByteArray::number(recipientId),
                        applicationDate.isValid() ? applicationDate.toString(Qt::ISODate).toUtf8()
                                                  : QByteArray()});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        MyNumberEligibility e;
        e.role = personRoleFromCode(r.value(i, u"person_role"_s).toString());
        e.roleLabel = r.value(i, u"person_role_label"_s).toString();
        e.allowed = r.value(i, u"allowed"_s).toString() == u"t"_s;
        e.reason = r.value(i, u"reason"_s).toString();
        e.message = r.value(i, u"message"_s).toString();
        list << e;
    }
    return list;
}

QList<RevealReason> MyNumberRepository::revealReasons(QString* error) const
{
    QList<RevealReason> list;
    const PgResult r = m_session.exec(
        u"SELECT code, label, text_required FROM kohi_api.mynumber_reveal_reasons()"_s);
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i)
        list << RevealReason{r.value(i, u"code"_s).toString(), r.value(i, u"label"_s).toString(),
                             r.value(i, u"text_required"_s).toString() == u"t"_s};
    return list;
}

QList<MyNumberHolder> MyNumberRepository::searchHolders(const MyNumberHolderCriteria& criteria,
                                                        QString* error) const
{
    QList<MyNumberHolder> list;
    // Dates as text in one fixed form and times as epoch milliseconds: independent of the
    // session's DateStyle and TimeZone.
    const PgResult r = m_session.exec(
        u"SELECT mynumber_id, recipient_id, programme, programme_name, recipient_number, name,"
        " kana, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, municipality_name, person_role, "
        "person_role_label, person_name,"
        " relationship, status, (extract(epoch FROM registered_at) * 1000)::bigint AS registered_ms"
        " FROM kohi_api.mynumber_holder_search($1, $2, $3::date)"_s,
        {textOrNull(criteria.recipientNumber), textOrNull(criteria.kanaPrefix),
         criteria.birthDate.isValid() ? criteria.birthDate.toString(Qt::ISODate).toUtf8()
                                      : QByteArray()});
    if (!r.ok) {
        setError(error, r.errorMessage);
        return list;
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        MyNumberHolder h;
        h.myNumberId = r.value(i, u"mynumber_id"_s).toLongLong();
        h.recipientId = r.value(i, u"recipient_id"_s).toLongLong();
        h.programme = r.value(i, u"programme"_s).toString();
        h.programmeName = r.value(i, u"programme_name"_s).toString();
        h.recipientNumber = r.value(i, u"recipient_number"_s).toString();
        h.name = r.value(i, u"name"_s).toString();
        h.kana = r.value(i, u"kana"_s).toString();
        h.birthDate = QDate::fromString(r.value(i, u"birth_date"_s).toString(), Qt::ISODate);
        h.municipalityName = r.value(i, u"municipality_name"_s).toString();
        h.role = personRoleFromCode(r.value(i, u"person_role"_s).toString());
        h.roleLabel = r.value(i, u"person_role_label"_s).toString();
        h.personName = r.value(i, u"person_name"_s).toString();
        h.relationship = r.value(i, u"relationship"_s).toString();
        h.status = r.value(i, u"status"_s).toString();
        h.registeredAt =
            QDateTime::fromMSecsSinceEpoch(r.value(i, u"registered_ms"_s).toLongLong());
        list << h;
    }
    return list;
}

bool MyNumberRepository::reveal(qint64 myNumberId, const QString& reasonCategory,
                                const QString& reasonText, QStringView passphrase,
                                crypto::SecureBytes* number, QString* error) const
{
    const PgResult r = m_session.exec(
        u"SELECT recipient_id, person_role, seal_ref, key_id, envelope, wrapped_key"
        " FROM kohi_api.mynumber_reveal($1::bigint, $2, $3)"_s,
        {QByteArray::number(myNumberId), reasonCategory.toUtf8(), textOrNull(reasonText)});
    if (!r.ok || r.rows.isEmpty()) {
        setError(error, r.ok ? tr("個人番号の登録が見つかりません。") : r.errorMessage);
        return false;
    }
    crypto::KeyPair key;
    if (!crypto::KeyWrapper::unwrapKey(bytea::fromValue(r.first(u"wrapped_key"_s)), passphrase,
                                       &key, error))
        return false;
    bool opened = false;
    if (key.publicKey().keyIdHex() != r.first(u"key_id"_s).toString()) {
        setError(error, tr("復号用の鍵が、この個人番号を暗号化した鍵と一致しません。"));
    } else {
        const QByteArray ad = associatedData(r.first(u"recipient_id"_s).toLongLong(),
                                             r.first(u"person_role"_s).toString(),
                                             QUuid(r.first(u"seal_ref"_s).toString()));
        opened =
            crypto::Sealer::open(bytea::fromValue(r.first(u"envelope"_s)), key, ad, number, error);
    }
    key.clear();
    // Shown only if it is the number that was registered and confirmed: a re-seal by a key
    // rotation happens out of the server's sight, so the server checks it now.
    if (opened && !matchesRegistration(myNumberId, *number, error)) {
        number->clear();
        return false;
    }
    return opened;
}

bool MyNumberRepository::matchesRegistration(qint64 myNumberId, const crypto::SecureBytes& number,
                                             QString* error) const
{
    if (!parametersStayOutOfLogs(error))
        return false;
    // The number travels only as a bind parameter, as at registration; scrubbed after.
    QList<QByteArray> params{
        QByteArray::number(myNumberId),
        QByteArray(reinterpret_cast<const char*>(number.data()), qsizetype(number.size()))};
    const PgResult r = m_session.exec(
        u"SELECT outcome, message FROM kohi_api.mynumber_reveal_check($1::bigint, $2)"_s, params);
    crypto::wipe(params.last());
    if (!r.ok || r.rows.isEmpty()) {
        setError(error,
                 r.ok ? tr("表示した個人番号を登録内容と照合できませんでした。") : r.errorMessage);
        return false;
    }
    if (r.first(u"outcome"_s).toString() != u"match"_s) {
        setError(error, r.first(u"message"_s).toString());
        return false;
    }
    return true;
}

} // namespace kohi::db
