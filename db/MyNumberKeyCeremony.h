#pragma once

#include "core/crypto/Argon2Params.h"
#include "core/crypto/PublicKey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace kohi::db {

class Session;

// The My Number key's life cycle, for `kohi-admin keys` (and later an administration screen).
// The private key exists unwrapped only in this process's secure memory, for the length of one
// call; the database receives the public key and passphrase-wrapped private keys only.
class MyNumberKeyCeremony
{
public:
    struct KeyInfo
    {
        QString keyIdHex;
        QString fingerprintHex; // what kohi.ini [crypto] public_key_fingerprint pins
        QString status;         // active | retired
        QDateTime createdAt;
        QString createdBy;
        QStringList viewers; // logins holding a wrapped private key
        qint64 numbers = 0;  // numbers sealed under this key (as far as the caller may count)
        QString fingerprintForDisplay() const; // "F35E 5616 …", for reading aloud
    };
    struct Rotation
    {
        QString oldKeyIdHex;
        QString newKeyIdHex;
        QString newFingerprintHex;
        qint64 proposalId = 0; // the approved proposal it carried out
        qint64 handedOut = 0;  // envelopes the server handed out for it
        int resealed = 0;      // envelopes written back under the new key (the server checks both)
        QStringList viewersToEnrol; // lost their wrapped key with the old one
    };

    // Dual control: every key operation after the very first key is proposed by one staff member
    // and approved by another (a viewer or a user administrator who is neither the proposer nor
    // the viewer concerned); the proposer then carries it out in the approval's window, once.
    enum class ProposalKind
    {
        Create, // a key after the first (none active)
        Rotate,
        Enrol,
        Remove
    };
    static QString proposalKindCode(ProposalKind kind); // create | rotate | enrol | remove
    static std::optional<ProposalKind> proposalKindFromCode(QStringView code);

    struct Proposal
    {
        qint64 id = 0;
        QString kind; // create | rotate | enrol | remove
        QString kindLabel;
        QString viewer;          // enrol, remove
        QStringList dropViewers; // rotate: holders whose wrapped keys the rotation deletes
        QString reason;
        QString proposedBy;
        QDateTime proposedAt;
        QDateTime expiresAt; // unapproved until then: expired
        // proposed | approved | used | done | rejected | withdrawn | expired
        QString state;
        QString stateLabel;
        QString decidedBy;
        QDateTime decidedAt;
        QString decisionNote;
        QDateTime windowEndsAt;  // approved: carry out before then
        bool mayApprove = false; // the session's user may approve or reject it
    };

    // The reveal passphrase rule (the passphrase alone protects the private key in every
    // database dump; the server never sees it, so it is enforced here).
    static constexpr qsizetype MinPassphraseLength = 16;
    static constexpr qsizetype MinDistinctCharacters = 8;

    // params: Argon2id cost of new wrapped keys (the defaults in production; tests pass less).
    explicit MyNumberKeyCeremony(const Session& session, crypto::Argon2Params params = {});

    // Japanese reason why a reveal passphrase is not acceptable for a new wrapped key, or empty:
    // at least MinPassphraseLength characters, MinDistinctCharacters different ones (no
    // repetitions of a short pattern), no spaces at either end, and not containing the login.
    static QString passphraseProblem(QStringView passphrase, QStringView login = {});

    // The first key: generated here and wrapped for `viewer`, who types the passphrase. The
    // session is the database administrator's or the viewer's own.
    bool createFirstKey(const QString& viewer, QStringView viewerPassphrase, KeyInfo* created,
                        QString* error) const;
    // The session's user (an existing viewer whose proposal to enrol newViewer was approved)
    // unwraps the key with their passphrase and wraps it for newViewer under the passphrase
    // newViewer typed at the same terminal.
    bool enrol(const QString& newViewer, QStringView ownPassphrase, QStringView newPassphrase,
               QString* error) const;
    // With the session user's approved proposal to remove them: number of wrapped keys removed,
    // or -1.
    int removeViewer(const QString& viewer, QString* error) const;
    // With the session user's approved rotation proposal: new key pair; every number opened with
    // the old key and sealed to the new one, written back in the transaction that fetched them,
    // which the server checks covers exactly the numbers it handed out; old key retired.
    bool rotate(QStringView passphrase, Rotation* result, QString* error) const;

    // Dual control. viewer: for Enrol and Remove. dropOtherViewers (Rotate): the proposal states
    // that the other holders' wrapped keys will be deleted (the server refuses a rotation
    // proposal without it while others hold the key).
    bool propose(ProposalKind kind, const QString& viewer, bool dropOtherViewers,
                 const QString& reason, Proposal* created, QString* error) const;
    // Open proposals (includeClosed: also decided, done and expired ones), newest first.
    QList<Proposal> proposals(bool includeClosed, QString* error) const;
    bool approve(qint64 proposalId, const QString& note, Proposal* approved, QString* error) const;
    // By another approver ("rejected") or by the proposer ("withdrawn"); empty on failure.
    QString reject(qint64 proposalId, const QString& note, QString* error) const;

    QList<KeyInfo> keys(QString* error) const;
    // The active public key as clerks' terminals receive it.
    bool activePublicKey(crypto::PublicKey* key, QString* error) const;

private:
    const Session& m_session;
    crypto::Argon2Params m_params;
};

} // namespace kohi::db
