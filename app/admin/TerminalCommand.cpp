#include "app/admin/TerminalCommand.h"

#include "app/admin/TerminalCertificateAuthority.h"
#include "db/TerminalRepository.h"

#include <QFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

struct Options
{
    QStringList positional;
    bool reveals = false;
    int days = 730;
    QString cert;
    QString key;
    QString caCert = qEnvironmentVariable("KOHI_CA_CERT");
    QString caKey = qEnvironmentVariable("KOHI_CA_KEY");
    QString crl = qEnvironmentVariable("KOHI_TERMINAL_CRL");
    QString reason;
};

bool parseOptions(const QStringList& args, Options* o, QTextStream& err)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--reveals"_s) {
            o->reveals = true;
        } else if (a == u"--days"_s && hasValue) {
            bool ok = false;
            o->days = args[++i].toInt(&ok);
            if (!ok || o->days < 1 || o->days > 3650) {
                err << "--days は 1〜3650 の日数で指定してください。" << Qt::endl;
                return false;
            }
        } else if (a == u"--cert"_s && hasValue) {
            o->cert = args[++i];
        } else if (a == u"--key"_s && hasValue) {
            o->key = args[++i];
        } else if (a == u"--ca-cert"_s && hasValue) {
            o->caCert = args[++i];
        } else if (a == u"--ca-key"_s && hasValue) {
            o->caKey = args[++i];
        } else if (a == u"--crl"_s && hasValue) {
            o->crl = args[++i];
        } else if (a == u"--reason"_s && hasValue) {
            o->reason = args[++i];
        } else if (a.startsWith(u"--"_s)) {
            err << "不明なオプションです: " << a << Qt::endl;
            return false;
        } else {
            o->positional << a;
        }
    }
    return true;
}

bool loadCa(const Options& o, TerminalCertificateAuthority& ca, QTextStream& err)
{
    if (o.caCert.isEmpty() || o.caKey.isEmpty()) {
        err << "事務所 CA の証明書と秘密鍵を --ca-cert / --ca-key（または KOHI_CA_CERT / "
               "KOHI_CA_KEY）で指定してください。"
            << Qt::endl;
        return false;
    }
    if (!ca.load(o.caCert, o.caKey)) {
        err << ca.errorString() << Qt::endl;
        return false;
    }
    return true;
}

QString printable(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

// Rewrites the CRL from the registry and asks the server to read it again.
bool refreshCrl(const Options& o, db::TerminalRepository& terminals, AdminContext& ctx)
{
    TerminalCertificateAuthority ca;
    if (!loadCa(o, ca, ctx.err))
        return false;
    const auto rows = terminals.list();
    if (!rows) {
        ctx.err << "端末証明書の一覧を読めません: " << terminals.lastError().message << Qt::endl;
        return false;
    }
    QList<RevokedTerminalCertificate> revoked;
    for (const db::TerminalCertificate& c : *rows)
        if (c.isRevoked())
            revoked << RevokedTerminalCertificate{c.serial, c.revokedAt};
    // Valid for a year: the server keeps using a stale CRL, but refuses nothing once it lapses.
    if (!ca.writeCrl(revoked, 365, o.crl)) {
        ctx.err << ca.errorString() << Qt::endl;
        return false;
    }
    ctx.out << "crl=" << o.crl << " revoked=" << revoked.size() << Qt::endl;
    if (!terminals.reloadServerConfiguration()) {
        ctx.err << "サーバーの設定を再読み込みできません（DB管理者が pg_reload_conf() を実行して"
                   "ください）: "
                << terminals.lastError().message << Qt::endl;
        return false;
    }
    return true;
}

int issue(const Options& o, AdminContext& ctx)
{
    const QString id = o.positional.value(1).trimmed();
    if (o.positional.size() != 2 || id.isEmpty() || id.size() > 64 || id.contains(u'/') ||
        id.contains(u'\\') || std::any_of(id.begin(), id.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        })) {
        ctx.err << "端末IDを1〜64文字で指定してください（制御文字・/ \\ は使えません）。"
                << Qt::endl;
        return Usage;
    }
    TerminalCertificateAuthority ca;
    if (!loadCa(o, ca, ctx.err))
        return Failed;
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    const QString certPath = o.cert.isEmpty() ? id + u".crt"_s : o.cert;
    const QString keyPath = o.key.isEmpty() ? id + u".key"_s : o.key;
    IssuedTerminalCertificate issued;
    if (!ca.issue(id, o.days, certPath, keyPath, &issued)) {
        ctx.err << "端末証明書を発行できません: " << ca.errorString() << Qt::endl;
        return Failed;
    }
    db::TerminalCertificate row;
    row.terminalId = issued.terminalId;
    row.serial = issued.serialHex;
    row.fingerprint = issued.fingerprintHex;
    row.subject = issued.subject;
    row.notBefore = issued.notBefore;
    row.notAfter = issued.notAfter;
    row.revealsAllowed = o.reveals;
    db::TerminalRepository terminals(*session);
    if (!terminals.registerCertificate(row)) {
        // Nothing half-done: an unregistered certificate is useless, and its key must not linger.
        QFile::remove(certPath);
        QFile::remove(keyPath);
        ctx.err << "端末証明書を登録できません: " << terminals.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "terminal_id=" << issued.terminalId << Qt::endl
            << "serial=" << issued.serialHex << Qt::endl
            << "fingerprint=" << issued.fingerprintHex << Qt::endl
            << "not_after=" << printable(issued.notAfter) << Qt::endl
            << "reveals_allowed=" << (o.reveals ? "yes" : "no") << Qt::endl
            << "cert=" << certPath << Qt::endl
            << "key=" << keyPath << Qt::endl;
    return Ok;
}

int revoke(const Options& o, AdminContext& ctx)
{
    if (o.positional.size() != 2 || o.reason.trimmed().isEmpty()) {
        ctx.err << "usage: kohi-admin terminal revoke TERMINAL_ID|SERIAL --reason TEXT [--crl FILE]"
                << Qt::endl;
        return Usage;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::TerminalRepository terminals(*session);
    const auto revoked = terminals.revoke(o.positional[1], o.reason);
    if (!revoked) {
        ctx.err << "端末証明書を失効させられません: " << terminals.lastError().message << Qt::endl;
        return Failed;
    }
    for (const db::TerminalCertificate& c : *revoked)
        ctx.out << "revoked terminal_id=" << c.terminalId << " serial=" << c.serial << Qt::endl;
    if (!o.crl.isEmpty() && !refreshCrl(o, terminals, ctx))
        return Failed;
    return Ok;
}

// The second user administrator's approval of a reveal terminal another one registered (0032).
int approveReveals(const Options& o, AdminContext& ctx)
{
    if (o.positional.size() != 2) {
        ctx.err << "usage: kohi-admin terminal approve-reveals TERMINAL_ID [--reason NOTE]"
                << Qt::endl;
        return Usage;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::TerminalRepository terminals(*session);
    const auto approved = terminals.approveReveals(o.positional[1], o.reason);
    if (!approved) {
        ctx.err << "個人番号の表示を承認できません: " << terminals.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "approved terminal_id=" << o.positional[1] << " certificates=" << *approved
            << Qt::endl;
    return Ok;
}

int list(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::TerminalRepository terminals(*session);
    const auto rows = terminals.list();
    if (!rows) {
        ctx.err << "端末証明書の一覧を読めません: " << terminals.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "terminal_id\tserial\tfingerprint\tnot_after\treveals\tstate\n";
    for (const db::TerminalCertificate& c : *rows) {
        const QString state =
            c.isRevoked()
                ? u"revoked %1 by %2: %3"_s.arg(printable(c.revokedAt), c.revokedBy, c.revokeReason)
            : c.notAfter <= QDateTime::currentDateTimeUtc() ? u"expired"_s
                                                            : u"active"_s;
        ctx.out << c.terminalId << '\t' << c.serial << '\t' << c.fingerprint << '\t'
                << printable(c.notAfter) << '\t' << (c.revealsAllowed ? "yes" : "no") << '\t'
                << state << '\n';
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

int runTerminalCommand(const QStringList& args, AdminContext& ctx)
{
    Options o;
    if (!parseOptions(args, &o, ctx.err))
        return Usage;
    const QString sub = o.positional.value(0);
    if (sub == u"issue"_s)
        return issue(o, ctx);
    if (sub == u"revoke"_s)
        return revoke(o, ctx);
    if (sub == u"list"_s && o.positional.size() == 1)
        return list(ctx);
    if (sub == u"approve-reveals"_s)
        return approveReveals(o, ctx);
    if (sub == u"crl"_s && o.positional.size() == 1 && !o.crl.isEmpty()) {
        db::Session* session = ctx.session();
        if (!session)
            return Failed;
        db::TerminalRepository terminals(*session);
        return refreshCrl(o, terminals, ctx) ? Ok : Failed;
    }
    ctx.err << "usage: kohi-admin terminal issue TERMINAL_ID [--reveals] [--days N] [--cert FILE]"
               " [--key FILE] [--ca-cert FILE] [--ca-key FILE]\n"
               "       kohi-admin terminal approve-reveals TERMINAL_ID [--reason NOTE]\n"
               "       kohi-admin terminal revoke TERMINAL_ID|SERIAL --reason TEXT [--crl FILE]\n"
               "       kohi-admin terminal list\n"
               "       kohi-admin terminal crl --crl FILE"
            << Qt::endl;
    return Usage;
}

} // namespace kohi::admin
