#pragma once

#include "core/crypto/Argon2Params.h"
#include "core/crypto/PublicKey.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
        int resealed = 0;
        QStringList viewersToEnrol; // lost their wrapped key with the old one
    };

    static constexpr qsizetype MinPassphraseLength = 12;

    // params: Argon2id cost of new wrapped keys (the defaults in production; tests pass less).
    explicit MyNumberKeyCeremony(const Session& session, crypto::Argon2Params params = {});

    // Japanese reason why a new reveal passphrase is not acceptable, or empty. The passphrase
    // alone protects the private key in every database dump, so it must be long.
    static QString passphraseProblem(QStringView passphrase);

    // The first key: generated here and wrapped for `viewer`, who types the passphrase. The
    // session is the database administrator's or the viewer's own.
    bool createFirstKey(const QString& viewer, QStringView viewerPassphrase, KeyInfo* created,
                        QString* error) const;
    // The session's user (an existing viewer) unwraps the key with their passphrase and wraps it
    // for newViewer under the passphrase newViewer typed at the same terminal.
    bool enrol(const QString& newViewer, QStringView ownPassphrase, QStringView newPassphrase,
               QString* error) const;
    // Number of wrapped keys removed, or -1.
    int removeViewer(const QString& viewer, QString* error) const;
    // New key pair; every number opened with the old key and sealed to the new one, written back
    // in one transaction that the server checks covers every number; old key retired.
    bool rotate(QStringView passphrase, Rotation* result, QString* error) const;

    QList<KeyInfo> keys(QString* error) const;
    // The active public key as clerks' terminals receive it.
    bool activePublicKey(crypto::PublicKey* key, QString* error) const;

private:
    const Session& m_session;
    crypto::Argon2Params m_params;
};

} // namespace kohi::db
