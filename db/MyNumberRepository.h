#pragma once

#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <optional>

namespace kohi::db {

class Session;

// Whose number it is: the patient (the recipient), their guardian, or a member of the
// certification household (REFERENCE §4 says which the programme collects).
enum class PersonRole
{
    Patient,
    Guardian,
    Household
};
QString personRoleCode(PersonRole role); // "patient", "guardian", "household"
std::optional<PersonRole> personRoleFromCode(QStringView code);

// What the clerk entered besides the number itself.
struct MyNumberEntry
{
    qint64 recipientId = 0;
    PersonRole role = PersonRole::Patient;
    QString personName;    // guardian and household members only
    QString relationship;  // 続柄; guardian and household members only
    QDate applicationDate; // 申請日: municipality rules apply as of this date (null: today)
    // Who the guardian or household member is (氏名カナ, 生年月日; both or neither): the same
    // person may be registered for several recipients only with these (migration 0033).
    QString personKana = {};
    QDate personBirthDate = {};
};

struct MyNumberRegistration
{
    enum class Outcome
    {
        Registered, // stored, status pending
        Refused,    // a rule said no; message says which and what to do
        Failed      // could not try (connection, key, crypto)
    };
    Outcome outcome = Outcome::Failed;
    qint64 id = 0;
    // The server's refusal code ("duplicate", "municipality", "role", "check_digit", "key", ...),
    // or the client's ("invalid_number", "pin", "logging").
    QString reason;
    QString message; // Japanese; never contains the number
    bool registered() const { return outcome == Outcome::Registered; }
};

// Masked metadata: what a clerk's screen may show about a recipient's numbers.
struct MyNumberStatus
{
    qint64 id = 0; // 0 when not registered
    std::optional<PersonRole> role;
    QString roleLabel;
    QString personName;
    QString relationship;
    bool registered = false;
    QString status; // pending | approved (empty when not registered)
    QDateTime registeredAt;
};

struct MyNumberEligibility
{
    std::optional<PersonRole> role;
    QString roleLabel;
    bool allowed = false;
    QString reason;
    QString message;
};

struct RevealReason
{
    QString code;
    QString label;
    bool textRequired = false;
};

// A viewer's precise lookup (kohi_api.mynumber_holder_search): a 受給者番号, or a kana prefix of at
// least two characters together with the date of birth. Normalised by the caller (ASCII digits,
// full-width katakana); the server refuses anything vaguer with a Japanese message.
struct MyNumberHolderCriteria
{
    QString recipientNumber;
    QString kanaPrefix;
    QDate birthDate;
};

// One registered number found by that lookup: whose it is and its state, never the number, its
// envelope or its hash.
struct MyNumberHolder
{
    qint64 myNumberId = 0;
    qint64 recipientId = 0;
    QString programme; // 法別番号
    QString programmeName;
    QString recipientNumber; // empty while the recipient is pending
    QString name;            // family and given name joined by U+3000
    QString kana;
    QDate birthDate;
    QString municipalityName;
    std::optional<PersonRole> role;
    QString roleLabel;
    QString personName;   // guardian and household members only
    QString relationship; // guardian and household members only
    QString status;       // pending | approved
    QDateTime registeredAt;
};

// My Numbers through kohi_api: the plaintext sent only as a libpq bind parameter, from which the
// server validates the check digit, computes the duplicate hash and seals the envelope to the
// key this terminal pinned (one call, so the envelope provably holds the hashed number); opened
// only on a viewer's terminal with their passphrase. Never sees a hash; never logs a number.
class MyNumberRepository
{
public:
    // pinnedFingerprint: kohi.ini [crypto] public_key_fingerprint (`kohi-admin keys fingerprint`).
    MyNumberRepository(const Session& session, QString pinnedFingerprint);

    // The active public key, refused unless it matches the pinned fingerprint. Cached.
    bool publicKey(crypto::PublicKey* key, QString* error);

    // typedNumber: the number as typed (UTF-8; full-width digits, spaces and hyphens accepted).
    // Refused here (reason "pin") unless the server's active key matches the pinned fingerprint.
    // `submissionKey`: the idempotency key (0039; null: a fresh one), also its seal_ref, so
    // that the same entry sent again after a lost connection registers once.
    MyNumberRegistration registerNumber(const MyNumberEntry& entry,
                                        const crypto::SecureBytes& typedNumber,
                                        QUuid submissionKey = {});

    // Before numbers are sent in bulk (a 住基ネット import, 0043): the pinned key's id (the
    // server seals only to it) and the check that bind parameters stay out of the server log.
    bool readyToSend(QString* keyIdHex, QString* error);

    QList<MyNumberStatus> status(qint64 recipientId, QString* error = nullptr) const;
    // Per role: may a number be registered as of applicationDate (null: today)?
    QList<MyNumberEligibility> eligibility(qint64 recipientId, QDate applicationDate,
                                           QString* error = nullptr) const;

    // Viewers: the reasons to choose from, and the reveal itself. The server logs the reveal
    // (with the reason) before it hands out the envelope; the number is opened here with the
    // private key unwrapped from the viewer's passphrase, which never leaves this terminal, and
    // handed out only after the server confirmed (kohi_api.mynumber_reveal_check, the number as
    // a bind parameter) that it is the number whose keyed hash was registered.
    QList<RevealReason> revealReasons(QString* error = nullptr) const;
    bool reveal(qint64 myNumberId, const QString& reasonCategory, const QString& reasonText,
                QStringView passphrase, crypto::SecureBytes* number, QString* error) const;

    // Viewers: the registered numbers of the recipients matching the criteria (at most
    // HolderSearchLimit rows). The server logs every search with its criteria.
    static constexpr int HolderSearchLimit = 50;
    QList<MyNumberHolder> searchHolders(const MyNumberHolderCriteria& criteria,
                                        QString* error = nullptr) const;

    // What an envelope is bound to: recipient, person role and the row's seal reference.
    static QByteArray associatedData(qint64 recipientId, QStringView roleCode,
                                     const QUuid& sealRef);

private:
    bool parametersStayOutOfLogs(QString* error) const;
    bool matchesRegistration(qint64 myNumberId, const crypto::SecureBytes& number,
                             QString* error) const;

    const Session& m_session;
    QString m_pinnedFingerprint;
    crypto::PublicKey m_key;
    mutable bool m_loggingChecked = false; // a cache: only a superuser can change the settings
};

} // namespace kohi::db
