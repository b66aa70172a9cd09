#include "app/admin/TerminalCertificateAuthority.h"

#include <QFile>
#include <QSaveFile>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Asn1Int = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using Asn1Time = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME, ASN1_TIME_free>>;
using Revoked = std::unique_ptr<X509_REVOKED, Deleter<X509_REVOKED, X509_REVOKED_free>>;

QString openSslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_ctrl(bio, BIO_CTRL_INFO, 0, static_cast<void*>(&data));
    return QByteArray(data, int(n));
}

QDateTime fromAsn1(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A file that must not exist yet, created with the given permissions before anything is written.
bool writeNewFile(const QString& path, const QByteArray& data, QFileDevice::Permissions perms,
                  QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, perms)) {
        *error = f.exists() ? u"既に存在します（上書きしません）: %1"_s.arg(path)
                            : u"書き込めません: %1 (%2)"_s.arg(path, f.errorString());
        return false;
    }
    if (f.write(data) != data.size() || !f.flush()) {
        *error = u"書き込めません: %1 (%2)"_s.arg(path, f.errorString());
        f.remove();
        return false;
    }
    return true;
}

} // namespace

struct TerminalCertificateAuthority::Impl
{
    Cert caCert;
    Pkey caKey;
};

TerminalCertificateAuthority::TerminalCertificateAuthority() : m_impl(std::make_unique<Impl>()) {}
TerminalCertificateAuthority::~TerminalCertificateAuthority() = default;

bool TerminalCertificateAuthority::fail(const QString& what)
{
    const QString detail = openSslError();
    m_error = detail.isEmpty() ? what : what + u" ("_s + detail + u')';
    return false;
}

bool TerminalCertificateAuthority::load(const QString& caCertPath, const QString& caKeyPath)
{
    QFile certFile(caCertPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(u"CA 証明書を読めません: %1"_s.arg(caCertPath));
    const QByteArray certPem = certFile.readAll();
    Bio certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    m_impl->caCert.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!m_impl->caCert)
        return fail(u"CA 証明書（PEM）として読めません: %1"_s.arg(caCertPath));

    QFile keyFile(caKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(u"CA の秘密鍵を読めません: %1"_s.arg(caKeyPath));
    QByteArray keyPem = keyFile.readAll();
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    m_impl->caKey.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    keyPem.fill('\0'); // the CA key stays in this process only as long as needed
    if (!m_impl->caKey)
        return fail(u"CA の秘密鍵（PEM、パスフレーズなし）として読めません: %1"_s.arg(caKeyPath));
    if (X509_check_private_key(m_impl->caCert.get(), m_impl->caKey.get()) != 1)
        return fail(u"CA の秘密鍵が CA 証明書と対になっていません。"_s);
    return true;
}

bool TerminalCertificateAuthority::issue(const QString& terminalId, int days,
                                         const QString& certPath, const QString& keyPath,
                                         IssuedTerminalCertificate* issued)
{
    if (!m_impl->caKey)
        return fail(u"CA が読み込まれていません。"_s);
    if (QFile::exists(certPath) || QFile::exists(keyPath))
        return fail(u"出力先のファイルが既に存在します（上書きしません）: %1 / %2"_s.arg(certPath,
                                                                                         keyPath));
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return fail(u"端末の鍵を生成できません。"_s);

    Cert cert(X509_new());
    X509_set_version(cert.get(), 2); // v3
    // A random positive serial (127 bits): unique without a counter file.
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return fail(u"乱数を生成できません。"_s);
    raw[0] &= 0x7f;
    raw[0] |= 0x40; // fixed length, never a leading zero byte
    Bignum bn(BN_bin2bn(raw, sizeof raw, nullptr));
    Asn1Int serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    if (!serial || X509_set_serialNumber(cert.get(), serial.get()) != 1)
        return fail(u"シリアル番号を設定できません。"_s);

    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = terminalId.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("Kohi terminal"), -1, -1,
                                   0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1)
        return fail(u"証明書の主体名を設定できません（端末ID: %1）。"_s.arg(terminalId));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_impl->caCert.get()));
    // A few minutes back: a terminal whose clock is slightly behind can still use it at once.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr);
    X509_set_pubkey(cert.get(), key.get());
    if (!addExtension(cert.get(), m_impl->caCert.get(), NID_basic_constraints,
                      "critical,CA:FALSE") ||
        !addExtension(cert.get(), m_impl->caCert.get(), NID_key_usage,
                      "critical,digitalSignature") ||
        !addExtension(cert.get(), m_impl->caCert.get(), NID_ext_key_usage, "clientAuth") ||
        !addExtension(cert.get(), m_impl->caCert.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), m_impl->caCert.get(), NID_authority_key_identifier,
                      "keyid:always"))
        return fail(u"証明書の拡張を設定できません。"_s);
    if (X509_sign(cert.get(), m_impl->caKey.get(), EVP_sha256()) <= 0)
        return fail(u"CA の鍵で署名できません。"_s);

    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certOut.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return fail(u"証明書または鍵を書き出せません。"_s);
    QByteArray keyPem = bioBytes(keyOut.get());
    QString error;
    // libpq refuses a key file that group or others can read.
    const bool keyWritten =
        writeNewFile(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error);
    keyPem.fill('\0');
    if (!keyWritten)
        return fail(error);
    if (!writeNewFile(certPath, bioBytes(certOut.get()),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                          QFileDevice::ReadOther,
                      &error)) {
        QFile::remove(keyPath);
        return fail(error);
    }

    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(cert.get(), EVP_sha256(), md, &mdLen);
    char* serialHex = BN_bn2hex(bn.get());
    Bio subject(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(subject.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    issued->terminalId = terminalId;
    issued->serialHex = QString::fromLatin1(serialHex);
    OPENSSL_free(serialHex);
    issued->fingerprintHex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(mdLen)).toHex());
    issued->subject = QString::fromUtf8(bioBytes(subject.get()));
    issued->notBefore = fromAsn1(X509_get0_notBefore(cert.get()));
    issued->notAfter = fromAsn1(X509_get0_notAfter(cert.get()));
    return true;
}

bool TerminalCertificateAuthority::writeCrl(const QList<RevokedTerminalCertificate>& revoked,
                                            int days, const QString& path)
{
    if (!m_impl->caKey)
        return fail(u"CA が読み込まれていません。"_s);
    Crl crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), 1); // v2
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(m_impl->caCert.get()));
    Asn1Time now(X509_gmtime_adj(nullptr, 0));
    Asn1Time next(X509_time_adj_ex(nullptr, days, 0, nullptr));
    X509_CRL_set1_lastUpdate(crl.get(), now.get());
    X509_CRL_set1_nextUpdate(crl.get(), next.get());
    for (const RevokedTerminalCertificate& r : revoked) {
        BIGNUM* raw = nullptr;
        if (BN_hex2bn(&raw, r.serialHex.toLatin1().constData()) == 0)
            return fail(u"シリアル番号が不正です: %1"_s.arg(r.serialHex));
        Bignum bn(raw);
        Asn1Int serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
        Asn1Time at(ASN1_TIME_set(nullptr, r.revokedAt.toSecsSinceEpoch()));
        Revoked entry(X509_REVOKED_new());
        X509_REVOKED_set_serialNumber(entry.get(), serial.get());
        X509_REVOKED_set_revocationDate(entry.get(), at.get());
        if (X509_CRL_add0_revoked(crl.get(), entry.get()) != 1)
            return fail(u"失効リストを作れません。"_s);
        entry.release(); // owned by the CRL now
    }
    X509_CRL_sort(crl.get());
    if (X509_CRL_sign(crl.get(), m_impl->caKey.get(), EVP_sha256()) <= 0)
        return fail(u"失効リストに署名できません。"_s);
    Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509_CRL(out.get(), crl.get()) != 1)
        return fail(u"失効リストを書き出せません。"_s);
    QSaveFile f(path);
    const QByteArray pem = bioBytes(out.get());
    if (!f.open(QIODevice::WriteOnly) || f.write(pem) != pem.size() || !f.commit())
        return fail(u"失効リストを書き込めません: %1 (%2)"_s.arg(path, f.errorString()));
    return true;
}

} // namespace kohi::admin
