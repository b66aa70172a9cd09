#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace kohi::admin {

// What the registry (kohi.terminal_certificate) keeps of one issued terminal certificate.
struct IssuedTerminalCertificate
{
    QString terminalId;
    QString serialHex;      // upper-case hex, as the server and openssl print it
    QString fingerprintHex; // SHA-256 of the DER, lower-case hex (the server looks it up by this)
    QString subject;        // RFC 2253
    QDateTime notBefore;
    QDateTime notAfter;
};

struct RevokedTerminalCertificate
{
    QString serialHex;
    QDateTime revokedAt;
};

// The office CA as kohi-admin uses it (OpenSSL): signs a new key and certificate for one
// terminal, and writes the certificate revocation list. The CA key is read from a file on the
// machine that runs kohi-admin and never leaves it: the database gets only the certificate's
// serial, fingerprint and dates. Kept in the admin tool because terminals never sign anything.
class TerminalCertificateAuthority
{
public:
    // Loads the CA certificate and its private key (PEM); false with errorString() on failure.
    bool load(const QString& caCertPath, const QString& caKeyPath);

    // A new P-256 key and a client certificate (CN = terminal id, extendedKeyUsage clientAuth,
    // random 127-bit serial), valid for `days`. The key file is created mode 0600 and must not
    // exist yet; neither must the certificate file.
    bool issue(const QString& terminalId, int days, const QString& certPath, const QString& keyPath,
               IssuedTerminalCertificate* issued);

    // A CRL signed by the CA listing the given serials, valid for `days`; replaces `path`
    // atomically.
    bool writeCrl(const QList<RevokedTerminalCertificate>& revoked, int days, const QString& path);

    QString errorString() const { return m_error; }

    TerminalCertificateAuthority();
    ~TerminalCertificateAuthority();
    TerminalCertificateAuthority(const TerminalCertificateAuthority&) = delete;
    TerminalCertificateAuthority& operator=(const TerminalCertificateAuthority&) = delete;

private:
    bool fail(const QString& what);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_error;
};

} // namespace kohi::admin
