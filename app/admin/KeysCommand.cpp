#include "app/admin/KeysCommand.h"

#include "core/crypto/HexFingerprint.h"
#include "core/crypto/SelfTest.h"
#include "core/crypto/Wipe.h"
#include "db/ConnectionSettings.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/SessionInfo.h"

#include <QFile>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err
        << "usage: kohi-admin keys create --viewer LOGIN [--by LOGIN] [--passphrase-stdin]\n"
           "       kohi-admin keys propose rotate [--drop-other-viewers] [--reason TEXT] [--by "
           "VIEWER]\n"
           "       kohi-admin keys propose enrol NEW | propose remove LOGIN | propose create"
           "  [--reason TEXT] [--by LOGIN]\n"
           "       kohi-admin keys approve ID | keys reject ID  [--note TEXT] [--by LOGIN]\n"
           "       kohi-admin keys proposals [--all] [--by LOGIN]\n"
           "       kohi-admin keys enrol --viewer NEW --by EXISTING [--passphrase-stdin]\n"
           "       kohi-admin keys remove --viewer LOGIN [--by LOGIN]\n"
           "       kohi-admin keys rotate [--by VIEWER] [--passphrase-stdin]\n"
           "       kohi-admin keys fingerprint | keys list [--by LOGIN]\n"
           "  最初の鍵の作成のあとは、鍵の作成・更新、閲覧者の登録・削除のどれも、ひとりが提案し"
           "（propose）、\n"
           "  "
           "別の職員（個人番号閲覧者かユーザー管理者、対象の閲覧者本人を除く）が承認（approve）して"
           "から、\n"
           "  提案した本人が承認後の時間内に一度だけ実行します。\n"
           "  --by LOGIN          その職員として実行（PGUSER が LOGIN "
           "でなければログインパスワードを尋ねます）\n"
           "  --passphrase-stdin  標準入力から1行ずつ読む（ログインパスワード、パスフレーズの順）"
        << Qt::endl;
    return Usage;
}

// Secrets from the terminal without echo, or line by line from stdin (scripts, tests).
class SecretInput
{
public:
    SecretInput(AdminContext& ctx, bool fromStdin) : m_ctx(ctx), m_fromStdin(fromStdin)
    {
        m_stdin.open(stdin, QIODevice::ReadOnly);
    }

    bool usable() const
    {
#ifdef Q_OS_WIN
        return m_fromStdin || GetFileType(GetStdHandle(STD_INPUT_HANDLE)) == FILE_TYPE_CHAR;
#else
        return m_fromStdin || isatty(STDIN_FILENO);
#endif
    }

    // The caller wipe()s the result. Empty (null) at end of input.
    QString read(const QString& prompt)
    {
        if (!m_fromStdin) {
            m_ctx.err << prompt << ": " << Qt::flush;
            setEcho(false);
        }
        QByteArray line = m_stdin.readLine(4096);
        if (!m_fromStdin) {
            setEcho(true);
            m_ctx.err << Qt::endl;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        QString text = QString::fromUtf8(line);
        crypto::wipe(line);
        return text;
    }

    // A new passphrase: typed twice on a terminal.
    QString readNew(const QString& prompt)
    {
        QString first = read(prompt);
        if (m_fromStdin)
            return first;
        QString second = read(prompt + u"（確認のためもう一度）"_s);
        const bool same = first == second;
        crypto::wipe(second);
        if (!same) {
            crypto::wipe(first);
            m_ctx.err << "2回の入力が一致しません。" << Qt::endl;
            return {};
        }
        return first;
    }

private:
    static void setEcho(bool on)
    {
#ifdef Q_OS_WIN
        HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
        DWORD mode = 0;
        if (GetConsoleMode(in, &mode))
            SetConsoleMode(in,
                           on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
#else
        termios t{};
        if (tcgetattr(STDIN_FILENO, &t) != 0)
            return;
        if (on)
            t.c_lflag |= ECHO;
        else
            t.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
#endif
    }

    AdminContext& m_ctx;
    bool m_fromStdin;
    QFile m_stdin;
};

struct Options
{
    QString viewer;
    QString by;
    QString reason; // propose --reason
    QString note;   // approve / reject --note
    bool passphraseStdin = false;
    bool dropOtherViewers = false;
    bool all = false;
    QStringList positional; // after the subcommand
};

bool parseOptions(const QStringList& args, Options* options)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--viewer"_s && i + 1 < args.size())
            options->viewer = args[++i];
        else if (args[i] == u"--by"_s && i + 1 < args.size())
            options->by = args[++i];
        else if (args[i] == u"--reason"_s && i + 1 < args.size())
            options->reason = args[++i];
        else if (args[i] == u"--note"_s && i + 1 < args.size())
            options->note = args[++i];
        else if (args[i] == u"--passphrase-stdin"_s)
            options->passphraseStdin = true;
        else if (args[i] == u"--drop-other-viewers"_s)
            options->dropOtherViewers = true;
        else if (args[i] == u"--all"_s)
            options->all = true;
        else if (!args[i].startsWith(u"--"_s))
            options->positional << args[i];
        else
            return false;
    }
    return true;
}

// The session to act in: the libpq environment's, or `by`'s own login (its password asked).
class Actor
{
public:
    db::Session* open(AdminContext& ctx, const QString& by, SecretInput& input)
    {
        const db::ConnectionSettings settings = db::ConnectionSettings::fromEnvironment();
        if (by.isEmpty() || by == qEnvironmentVariable("PGUSER")) {
            db::Session* session = ctx.session();
            if (session)
                registerTerminal(*session);
            return session;
        }
        if (const QString problem = settings.problem(); !problem.isEmpty()) {
            ctx.err << problem << Qt::endl;
            return nullptr;
        }
        QString password = input.read(u"%1 のログインパスワード"_s.arg(by));
        m_own = std::make_unique<db::Session>(settings);
        const auto result = m_own->open(by, password);
        crypto::wipe(password);
        if (!result.ok()) {
            ctx.err << result.message << Qt::endl;
            return nullptr;
        }
        registerTerminal(*m_own);
        return m_own.get();
    }

private:
    // Key ceremonies are logged with the terminal, as the client's sessions are.
    // (Both sessions are opened from the libpq environment, KOHI_TERMINAL_ID included.)
    static void registerTerminal(db::Session& session) { db::beginClientSession(session); }

    std::unique_ptr<db::Session> m_own;
};

void printPin(AdminContext& ctx, const QString& fingerprintHex)
{
    ctx.out << "フィンガープリント（読み上げ用）: "
            << crypto::HexFingerprint::formatForDisplay(
                   QByteArray::fromHex(fingerprintHex.toLatin1()))
            << Qt::endl
            << "職員端末の kohi.ini に設定する値:" << Qt::endl
            << "[crypto]" << Qt::endl
            << "public_key_fingerprint=" << fingerprintHex << Qt::endl;
}

int create(const Options& o, db::Session& session, SecretInput& input, AdminContext& ctx)
{
    QString passphrase = input.readNew(u"%1 の復号用パスフレーズ（%2文字以上）"_s.arg(o.viewer).arg(
        db::MyNumberKeyCeremony::MinPassphraseLength));
    db::MyNumberKeyCeremony ceremony(session);
    db::MyNumberKeyCeremony::KeyInfo key;
    QString error = u"パスフレーズが入力されていません。"_s;
    const bool ok =
        !passphrase.isEmpty() && ceremony.createFirstKey(o.viewer, passphrase, &key, &error);
    crypto::wipe(passphrase);
    if (!ok) {
        ctx.err << "鍵を作成できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "個人番号の鍵を作成しました（閲覧者: " << o.viewer << "）。" << Qt::endl
            << "鍵ID: " << key.keyIdHex << Qt::endl;
    printPin(ctx, key.fingerprintHex);
    return Ok;
}

int enrol(const Options& o, db::Session& session, SecretInput& input, AdminContext& ctx)
{
    QString own = input.read(u"%1 の復号用パスフレーズ"_s.arg(session.userId()));
    QString fresh = input.readNew(
        u"%1 の新しい復号用パスフレーズ（本人が入力、%2文字以上）"_s.arg(o.viewer).arg(
            db::MyNumberKeyCeremony::MinPassphraseLength));
    db::MyNumberKeyCeremony ceremony(session);
    QString error = u"新しいパスフレーズが入力されていません。"_s;
    const bool ok = !fresh.isEmpty() && ceremony.enrol(o.viewer, own, fresh, &error);
    crypto::wipe(own);
    crypto::wipe(fresh);
    if (!ok) {
        ctx.err << "閲覧者を登録できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "閲覧者「" << o.viewer << "」を登録しました（登録者: " << session.userId() << "）。"
            << Qt::endl;
    return Ok;
}

int remove(const Options& o, db::Session& session, AdminContext& ctx)
{
    QString error;
    const int n = db::MyNumberKeyCeremony(session).removeViewer(o.viewer, &error);
    if (n < 0) {
        ctx.err << "閲覧者の鍵を削除できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "閲覧者「" << o.viewer << "」の鍵を" << n << "件削除しました。" << Qt::endl;
    return Ok;
}

int rotate(db::Session& session, SecretInput& input, AdminContext& ctx)
{
    QString passphrase = input.read(u"%1 の復号用パスフレーズ"_s.arg(session.userId()));
    db::MyNumberKeyCeremony ceremony(session);
    db::MyNumberKeyCeremony::Rotation rotation;
    QString error;
    const bool ok = ceremony.rotate(passphrase, &rotation, &error);
    crypto::wipe(passphrase);
    if (!ok) {
        ctx.err << "鍵を更新できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "鍵を更新しました（提案 " << rotation.proposalId << "）。取得 " << rotation.handedOut
            << "件のうち " << rotation.resealed << "件の個人番号を新しい鍵で暗号化し直しました。"
            << Qt::endl
            << "旧鍵ID: " << rotation.oldKeyIdHex << "（廃止）" << Qt::endl
            << "新鍵ID: " << rotation.newKeyIdHex << Qt::endl;
    printPin(ctx, rotation.newFingerprintHex);
    ctx.out
        << "すべての職員端末の設定を新しい値に替えるまで、その端末では個人番号を登録できません。"
        << Qt::endl;
    if (!rotation.viewersToEnrol.isEmpty())
        ctx.out << "再登録が必要な閲覧者（keys enrol）: " << rotation.viewersToEnrol.join(u", "_s)
                << Qt::endl;
    return Ok;
}

int fingerprint(db::Session& session, AdminContext& ctx)
{
    crypto::PublicKey key;
    QString error;
    if (!db::MyNumberKeyCeremony(session).activePublicKey(&key, &error)) {
        ctx.err << "公開鍵を取得できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "鍵ID: " << key.keyIdHex() << Qt::endl;
    printPin(ctx, key.fingerprintHex());
    return Ok;
}

int list(db::Session& session, AdminContext& ctx)
{
    QString error;
    const auto keys = db::MyNumberKeyCeremony(session).keys(&error);
    if (!error.isEmpty()) {
        ctx.err << "鍵の一覧を取得できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "鍵ID\t状態\t作成日時\t作成者\t件数\t閲覧者\tフィンガープリント" << Qt::endl;
    for (const auto& k : keys)
        ctx.out << k.keyIdHex << '\t' << k.status << '\t'
                << k.createdAt.toString(u"yyyy-MM-dd HH:mm"_s) << '\t' << k.createdBy << '\t'
                << k.numbers << '\t' << k.viewers.join(u',') << '\t' << k.fingerprintHex
                << Qt::endl;
    return Ok;
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

int propose(const Options& o, db::Session& session, AdminContext& ctx)
{
    const auto kind = db::MyNumberKeyCeremony::proposalKindFromCode(o.positional.value(0));
    db::MyNumberKeyCeremony::Proposal created;
    QString error;
    if (!db::MyNumberKeyCeremony(session).propose(*kind, o.positional.value(1), o.dropOtherViewers,
                                                  o.reason, &created, &error)) {
        ctx.err << "提案できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "提案しました。提案番号: " << created.id << Qt::endl
            << "別の職員（個人番号閲覧者かユーザー管理者）が承認してください: kohi-admin keys "
               "approve "
            << created.id << Qt::endl
            << "承認の期限: " << timeText(created.expiresAt) << Qt::endl;
    if (!created.dropViewers.isEmpty())
        ctx.out << "鍵の更新で復号用の鍵が削除される閲覧者（再登録が必要）: "
                << created.dropViewers.join(u", "_s) << Qt::endl;
    return Ok;
}

int approve(const Options& o, db::Session& session, AdminContext& ctx)
{
    db::MyNumberKeyCeremony::Proposal approved;
    QString error;
    if (!db::MyNumberKeyCeremony(session).approve(o.positional.value(0).toLongLong(), o.note,
                                                  &approved, &error)) {
        ctx.err << "承認できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "提案 " << approved.id << "（" << approved.kind
            << (approved.viewer.isEmpty() ? QString() : u" "_s + approved.viewer)
            << "）を承認しました。" << approved.proposedBy << " が "
            << timeText(approved.windowEndsAt) << " までに一度だけ実行できます。" << Qt::endl;
    return Ok;
}

int reject(const Options& o, db::Session& session, AdminContext& ctx)
{
    QString error;
    const QString outcome =
        db::MyNumberKeyCeremony(session).reject(o.positional.value(0).toLongLong(), o.note, &error);
    if (outcome.isEmpty()) {
        ctx.err << "却下できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "提案 " << o.positional.value(0) << " を"
            << (outcome == u"withdrawn"_s ? "取り下げました。" : "却下しました。") << Qt::endl;
    return Ok;
}

int proposals(const Options& o, db::Session& session, AdminContext& ctx)
{
    QString error;
    const auto list = db::MyNumberKeyCeremony(session).proposals(o.all, &error);
    if (!error.isEmpty()) {
        ctx.err << "提案の一覧を取得できません: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "番号\t操作\t対象\t提案者\t提案日時\t状態\t承認期限/実行期限\t判断者\t"
               "削除される鍵\t理由"
            << Qt::endl;
    for (const auto& p : list)
        ctx.out << p.id << '\t' << p.kind << '\t' << (p.viewer.isEmpty() ? u"-"_s : p.viewer)
                << '\t' << p.proposedBy << '\t' << timeText(p.proposedAt) << '\t' << p.state << '\t'
                << timeText(p.state == u"proposed"_s ? p.expiresAt : p.windowEndsAt) << '\t'
                << (p.decidedBy.isEmpty() ? u"-"_s : p.decidedBy) << '\t'
                << (p.dropViewers.isEmpty() ? u"-"_s : p.dropViewers.join(u',')) << '\t' << p.reason
                << Qt::endl;
    return Ok;
}

} // namespace

int runKeysCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    Options o;
    if (!parseOptions(args, &o))
        return usage(ctx);
    const bool needsViewer = sub == u"create"_s || sub == u"enrol"_s || sub == u"remove"_s;
    const auto kind = db::MyNumberKeyCeremony::proposalKindFromCode(o.positional.value(0));
    const bool kindNeedsViewer = kind == db::MyNumberKeyCeremony::ProposalKind::Enrol ||
                                 kind == db::MyNumberKeyCeremony::ProposalKind::Remove;
    bool idOk = false;
    o.positional.value(0).toLongLong(&idOk);
    if (!QStringList{u"create"_s, u"enrol"_s, u"remove"_s, u"rotate"_s, u"fingerprint"_s, u"list"_s,
                     u"propose"_s, u"approve"_s, u"reject"_s, u"proposals"_s}
             .contains(sub) ||
        (needsViewer && o.viewer.isEmpty()) || (sub == u"enrol"_s && o.by.isEmpty()) ||
        (sub == u"propose"_s &&
         (!kind || o.positional.size() != (kindNeedsViewer ? 2 : 1) ||
          (o.dropOtherViewers && kind != db::MyNumberKeyCeremony::ProposalKind::Rotate))) ||
        ((sub == u"approve"_s || sub == u"reject"_s) && (o.positional.size() != 1 || !idOk)) ||
        (!QStringList{u"propose"_s, u"approve"_s, u"reject"_s}.contains(sub) &&
         !o.positional.isEmpty()))
        return usage(ctx);

    // A broken or substituted crypto library would create keys nobody can use, or worse.
    QString selfTestError;
    if (!crypto::selfTest(&selfTestError)) {
        ctx.err << "暗号機能の自己診断に失敗したため中止しました: " << selfTestError << Qt::endl;
        return Failed;
    }
    SecretInput input(ctx, o.passphraseStdin);
    const bool asksSecrets = sub == u"create"_s || sub == u"enrol"_s || sub == u"rotate"_s ||
                             (!o.by.isEmpty() && o.by != qEnvironmentVariable("PGUSER"));
    if (asksSecrets && !input.usable()) {
        ctx.err << "パスフレーズは端末から入力してください（スクリプトでは --passphrase-stdin）。"
                << Qt::endl;
        return Usage;
    }
    Actor actor;
    db::Session* session = actor.open(ctx, o.by, input);
    if (!session)
        return Failed;
    if (sub == u"create"_s)
        return create(o, *session, input, ctx);
    if (sub == u"enrol"_s)
        return enrol(o, *session, input, ctx);
    if (sub == u"remove"_s)
        return remove(o, *session, ctx);
    if (sub == u"rotate"_s)
        return rotate(*session, input, ctx);
    if (sub == u"fingerprint"_s)
        return fingerprint(*session, ctx);
    if (sub == u"propose"_s)
        return propose(o, *session, ctx);
    if (sub == u"approve"_s)
        return approve(o, *session, ctx);
    if (sub == u"reject"_s)
        return reject(o, *session, ctx);
    if (sub == u"proposals"_s)
        return proposals(o, *session, ctx);
    return list(*session, ctx);
}

} // namespace kohi::admin
