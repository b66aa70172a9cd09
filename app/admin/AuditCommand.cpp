#include "app/admin/AuditCommand.h"

#include "core/crypto/SigningKey.h"
#include "core/crypto/Wipe.h"
#include "db/AuditAnchor.h"
#include "db/AuditChain.h"
#include "db/AuditMaintenance.h"
#include "db/OfficeHolidayRepository.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err
        << "usage: kohi-admin audit head\n"
           "       kohi-admin audit verify [--anchors DIR --anchor-public-key FILE | "
           "--no-anchors]\n"
           "                               [--from-anchor FILE] [--head FILE] [--client|--server]\n"
           "       kohi-admin audit anchor [--dir DIR] [--key PRIVATE_KEY_FILE] [--interval N]\n"
           "       kohi-admin audit anchor-key create --private FILE --public FILE\n"
           "       kohi-admin audit partitions [--ahead N]\n"
           "       kohi-admin audit purge\n"
           "       kohi-admin audit monitor\n"
           "       kohi-admin audit holidays [list | add YYYY-MM-DD NAME | remove YYYY-MM-DD]\n"
           "  環境変数: "
           "KOHI_ANCHOR_DIR（アンカーのフォルダー）、KOHI_ANCHOR_KEY（署名鍵、anchor）、\n"
           "            KOHI_ANCHOR_PUBLIC_KEY（公開鍵、verify）。verify は KOHI_ANCHOR_DIR と\n"
           "            KOHI_ANCHOR_PUBLIC_KEY があればアンカーとも照合します（--no-anchors "
           "で省略）。"
        << Qt::endl;
    return Usage;
}

std::optional<db::AuditChainPoint> readPoint(const QString& path, AdminContext& ctx)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ctx.err << "ファイルを読めません: " << path << Qt::endl;
        return std::nullopt;
    }
    QString error;
    auto point = db::AuditChainPoint::fromLine(QString::fromUtf8(f.readAll()), &error);
    if (!point)
        ctx.err << path << ": " << error << Qt::endl;
    return point;
}

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

int head(AdminContext& ctx)
{
    // Read-only checks of the chain also run on an older schema (after restoring an old
    // backup, before migrating): the version guard does not apply.
    ctx.skipSchemaVersionCheck();
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    QString error;
    const auto point = db::AuditChain(*session).exportHead(&error);
    if (!point) {
        ctx.err << "先頭の記録を書き出せません: " << error << Qt::endl;
        return Failed;
    }
    // Only the line on stdout, so that `kohi-admin audit head >> heads.txt` keeps it.
    ctx.out << point->toLine() << Qt::endl;
    return Ok;
}

// One problem that makes the log suspect; the verdict names the one about the earliest event.
struct Problem
{
    qint64 seq = std::numeric_limits<qint64>::max(); // not about an event: after those that are
    int rank = 0;                                    // same event: anchors first (they name a file)
    QString text;
};

// Prints the single verdict line and returns the exit code.
int verdict(AdminContext& ctx, QList<Problem> problems, const QString& intactDetail)
{
    if (problems.isEmpty()) {
        ctx.out << "検証結果: 完全です（" << intactDetail << "）" << Qt::endl;
        return Ok;
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return a.seq != b.seq ? a.seq < b.seq : a.rank < b.rank;
    });
    ctx.out << "検証結果: 改ざんの疑いがあります — " << problems.first().text;
    if (problems.size() > 1)
        ctx.out << "（ほかに問題 " << problems.size() - 1 << " 件）";
    ctx.out << Qt::endl;
    return Failed;
}

int cannotVerify(AdminContext& ctx, const QString& why)
{
    ctx.err << "アクセスログを検証できません: " << why << Qt::endl;
    ctx.out << "検証結果: 検証できませんでした — " << why << Qt::endl;
    return Failed;
}

std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
        *error = u"ファイルを読めません: %1"_s.arg(path);
        return std::nullopt;
    }
    return f.readAll();
}

int verify(const QStringList& args, AdminContext& ctx)
{
    QString anchorFile;
    QString headFile;
    QString anchorDir = qEnvironmentVariable("KOHI_ANCHOR_DIR");
    QString publicKeyFile = qEnvironmentVariable("KOHI_ANCHOR_PUBLIC_KEY");
    bool useAnchors = true;
    enum
    {
        Auto,
        Client,
        Server
    } method = Auto;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--from-anchor"_s && i + 1 < args.size())
            anchorFile = args[++i];
        else if (args[i] == u"--head"_s && i + 1 < args.size())
            headFile = args[++i];
        else if (args[i] == u"--anchors"_s && i + 1 < args.size())
            anchorDir = args[++i];
        else if (args[i] == u"--anchor-public-key"_s && i + 1 < args.size())
            publicKeyFile = args[++i];
        else if (args[i] == u"--no-anchors"_s)
            useAnchors = false;
        else if (args[i] == u"--client"_s)
            method = Client;
        else if (args[i] == u"--server"_s)
            method = Server;
        else
            return usage(ctx);
    }
    if (!useAnchors) {
        anchorDir.clear();
        publicKeyFile.clear();
    }
    if (anchorDir.isEmpty() != publicKeyFile.isEmpty()) {
        ctx.err << "アンカーとの照合には、フォルダー（--anchors または KOHI_ANCHOR_DIR）と公開鍵"
                   "（--anchor-public-key または KOHI_ANCHOR_PUBLIC_KEY）の両方が必要です。"
                << Qt::endl;
        return usage(ctx);
    }
    const bool withAnchors = !anchorDir.isEmpty();

    std::optional<db::AuditChainPoint> anchor;
    std::optional<db::AuditChainPoint> kept;
    if (!anchorFile.isEmpty() && !(anchor = readPoint(anchorFile, ctx)))
        return cannotVerify(ctx, u"起点のファイルを使えません: %1"_s.arg(anchorFile));
    if (!headFile.isEmpty() && !(kept = readPoint(headFile, ctx)))
        return cannotVerify(ctx, u"保管された先頭の記録のファイルを使えません: %1"_s.arg(headFile));
    QList<db::AuditAnchorFile> anchors;
    if (withAnchors) {
        QString why;
        const auto keyText = readSmallFile(publicKeyFile, &why);
        crypto::VerifyKey key;
        if (!keyText || !crypto::VerifyKey::fromText(*keyText, &key, &why))
            return cannotVerify(ctx, u"アンカーの公開鍵 %1: %2"_s.arg(publicKeyFile, why));
        if (!db::loadAuditAnchors(anchorDir, key, &anchors, &why))
            return cannotVerify(ctx, why);
    }
    ctx.skipSchemaVersionCheck(); // as for head: verifying an older schema is allowed
    db::Session* session = ctx.session();
    if (!session)
        return cannotVerify(ctx, u"データベースに接続できません。"_s);
    db::AuditChain chain(*session);
    // The anchors' events first: this run's own audit_verify event must not stand in for an
    // event a truncation removed.
    std::optional<db::AuditAnchorEvidence> evidence;
    if (withAnchors) {
        QString why;
        evidence = chain.readAnchorEvidence(db::auditAnchorPoints(anchors), &why);
        if (!evidence)
            return cannotVerify(ctx, why);
    }
    const db::AuditVerifyResult r = method == Client   ? chain.verifyOnClient(anchor)
                                    : method == Server ? chain.verifyOnServer(anchor)
                                                       : chain.verify(anchor);
    if (!r.completed)
        return cannotVerify(ctx, r.message);

    QList<Problem> problems;
    const QString how = r.method == db::AuditVerifyResult::Method::Client
                            ? u"このコンピューターで再計算"_s
                            : u"サーバーで再計算"_s;
    const double rate = r.seconds > 0 ? double(r.verified) / r.seconds : 0;
    if (r.intact) {
        ctx.out << "連鎖: " << number(r.verified) << " 件を検証";
        if (r.verified > 0)
            ctx.out << "（連番 " << r.firstSeq << "〜" << r.lastSeq << "、最新 "
                    << db::auditTimeText(r.lastAtMicros) << "）";
        ctx.out << "、つながりに欠けはありません" << Qt::endl;
    } else {
        QString where = u"連番 %1"_s.arg(r.brokenSeq);
        if (r.brokenAtMicros)
            where += u"（%1）"_s.arg(db::auditTimeText(*r.brokenAtMicros));
        ctx.out << "連鎖: 改ざんを検出しました: " << where << ": " << r.problem << Qt::endl
                << "  それより前の " << number(r.verified) << " 件は正常でした。" << Qt::endl;
        problems.append({r.brokenSeq, 1, where + u": "_s + r.problem});
    }
    if (anchor)
        ctx.out << "  起点: " << anchorFile << " の連番 " << anchor->seq << " の後から" << Qt::endl;
    ctx.out << "  " << QString::number(r.seconds, 'f', 2) << " 秒、" << number(qint64(rate))
            << " 件/秒（" << how << "）" << Qt::endl;

    if (kept) {
        const db::AuditHeadCheck check = chain.checkHead(*kept);
        if (!check.completed)
            return cannotVerify(ctx, u"保管された先頭の記録を照合できません: "_s + check.message);
        if (check.present && check.matches) {
            ctx.out << "保管された先頭の記録（連番 " << kept->seq << "）はそのまま含まれています。"
                    << Qt::endl;
        } else {
            const QString text =
                check.present
                    ? u"保管された先頭の記録（連番 %1）が変わっています: 連鎖が作り直されています"
                      "（改ざん）"_s.arg(kept->seq)
                    : u"保管された先頭の記録（連番 %1）がありません（削除、または保存期間による"
                      "削除）"_s.arg(kept->seq);
            ctx.out << text << "。" << Qt::endl;
            problems.append({kept->seq, 2, text});
        }
    }

    QString intactDetail = u"%1 件を検証"_s.arg(number(r.verified));
    if (withAnchors) {
        const db::AuditAnchorCheck check = db::checkAuditAnchors(anchors, *evidence);
        ctx.out << "アンカー: " << anchorDir << " の " << check.files << " 件のうち " << check.valid
                << " 件を照合（記録 " << check.points << " 点: 一致 " << check.matched;
        if (check.purged > 0)
            ctx.out << "、保存期間による削除 " << check.purged;
        ctx.out << "、最新のアンカーは連番 " << check.newestSeq << "）" << Qt::endl;
        for (const db::AuditAnchorFinding& f : check.findings) {
            ctx.out << "  アンカーとの照合: " << f.text << Qt::endl;
            problems.append({f.seq > 0 ? f.seq : std::numeric_limits<qint64>::max(), 0, f.text});
        }
        intactDetail += u"、アンカー %1 件と一致"_s.arg(check.valid);
    }
    if (kept)
        intactDetail += u"、保管された先頭の記録と一致"_s;
    return verdict(ctx, problems, intactDetail);
}

// kohi-admin audit anchor-key create --private FILE --public FILE
int anchorKey(const QStringList& args, AdminContext& ctx)
{
    QString privatePath;
    QString publicPath;
    if (args.value(1) != u"create"_s)
        return usage(ctx);
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args[i] == u"--private"_s && i + 1 < args.size())
            privatePath = args[++i];
        else if (args[i] == u"--public"_s && i + 1 < args.size())
            publicPath = args[++i];
        else
            return usage(ctx);
    }
    if (privatePath.isEmpty() || publicPath.isEmpty() ||
        QFileInfo(privatePath).absoluteFilePath() == QFileInfo(publicPath).absoluteFilePath())
        return usage(ctx);
    for (const QString& path : {privatePath, publicPath}) {
        if (QFileInfo::exists(path)) {
            ctx.err << "ファイルが既にあります（上書きしません）: " << path << Qt::endl;
            return Failed;
        }
    }
    crypto::SigningKey key;
    QString error;
    if (!crypto::SigningKey::generate(&key, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    // Created with mode 0600 (no moment with wider permissions); NewOnly refuses an existing file.
    QFile privateFile(privatePath);
    if (!privateFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        ctx.err << "秘密鍵のファイルを作成できません: " << privatePath << "（"
                << privateFile.errorString() << "）" << Qt::endl;
        return Failed;
    }
    QByteArray text = key.toText();
    const bool written = privateFile.write(text) == text.size() && privateFile.flush();
    crypto::wipe(text);
    privateFile.close();
    QFile publicFile(publicPath);
    const QByteArray publicText = key.verifyKey().toText();
    if (!written ||
        !publicFile.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                             QFileDevice::ReadOther) ||
        publicFile.write(publicText) != publicText.size() || !publicFile.flush()) {
        ctx.err << "鍵のファイルを書き込めません: "
                << (written ? publicFile.errorString() : privateFile.errorString()) << Qt::endl;
        privateFile.remove();
        if (written)
            publicFile.remove();
        return Failed;
    }
    const QString keyId = key.verifyKey().keyIdHex();
    key.clear();
    ctx.out << "アクセスログのアンカーの署名鍵（Ed25519）を作成しました。" << Qt::endl
            << "  秘密鍵: " << privatePath
            << "（平文です。アンカーを作るコンピューターだけに置き、実行するアカウント以外が"
               "読めないようにしてください。データベースサーバーには置かないでください）"
            << Qt::endl
            << "  公開鍵: " << publicPath << "（key-id " << keyId << "、検証する人に渡します）"
            << Qt::endl;
    return Ok;
}

// kohi-admin audit anchor [--dir DIR] [--key PRIVATE] [--interval N]
int anchorCommand(const QStringList& args, AdminContext& ctx)
{
    QString dir = qEnvironmentVariable("KOHI_ANCHOR_DIR");
    QString keyPath = qEnvironmentVariable("KOHI_ANCHOR_KEY");
    int interval = db::AuditAnchor::kDefaultInterval;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool valid = true;
        if (args[i] == u"--dir"_s && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--key"_s && i + 1 < args.size())
            keyPath = args[++i];
        else if (args[i] == u"--interval"_s && i + 1 < args.size())
            interval = args[++i].toInt(&valid);
        else
            valid = false;
        if (!valid || interval < 1 || interval > (1 << 20))
            return usage(ctx);
    }
    if (dir.isEmpty() || keyPath.isEmpty()) {
        ctx.err << "アンカーのフォルダー（--dir または KOHI_ANCHOR_DIR）と署名鍵（--key または "
                   "KOHI_ANCHOR_KEY）を指定してください。"
                << Qt::endl;
        return usage(ctx);
    }
    QString error;
    crypto::SigningKey key;
    {
        QFile f(keyPath);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
            ctx.err << "署名鍵を読めません: " << keyPath << Qt::endl;
            return Failed;
        }
#ifndef Q_OS_WIN
        if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteGroup | QFileDevice::WriteOther))
            ctx.err << "警告: 署名鍵 " << keyPath
                    << " を所有者以外も読み書きできます（chmod 600 にしてください）。" << Qt::endl;
#endif
        QByteArray text = f.readAll();
        const bool loaded = crypto::SigningKey::fromText(text, &key, &error);
        crypto::wipe(text);
        if (!loaded) {
            ctx.err << keyPath << ": " << error << Qt::endl;
            return Failed;
        }
    }
    // The anchor this one continues from: the newest valid one in the folder (read from the
    // newest file down, so the job stays quick however many anchors accumulate).
    std::optional<db::AuditAnchorFile> newest;
    QList<db::AuditAnchorFile> skipped;
    if (!db::loadNewestAuditAnchor(dir, key.verifyKey(), &newest, &skipped, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::AuditChain chain(*session);
    const db::AuditAnchorFile* previous = newest ? &*newest : nullptr;
    auto pointOf = [](const db::AuditAnchorFile* f) -> std::optional<db::AuditCheckpoint> {
        if (!f)
            return std::nullopt;
        return db::AuditCheckpoint{f->anchor.head.seq, f->anchor.head.atMicros,
                                   f->anchor.head.hash};
    };
    auto state = chain.readAnchorState(pointOf(previous), interval, &error);
    if (state && previous && !(previous->anchor.identity == state->identity)) {
        ctx.err
            << "警告: 前回のアンカー " << previous->fileName
            << " は別のデータベースのものです。このデータベースの最初のアンカーとして作成します。"
            << Qt::endl;
        previous = nullptr;
        state = chain.readAnchorState(std::nullopt, interval, &error);
    }
    if (!state) {
        ctx.err << "アクセスログの先頭を読めません: " << error << Qt::endl;
        return Failed;
    }
    if (state->head.seq == 0) {
        ctx.err << "アクセスログに記録がありません（先頭の連番 0）。アンカーは作成しません。"
                << Qt::endl;
        return Failed;
    }

    db::AuditAnchor a;
    a.identity = state->identity;
    a.head = state->head;
    a.keyId = key.verifyKey().keyId();
    // This machine's clock (informational: the chain's own times are the server's).
    constexpr qint64 kUnixToPgEpochMs = 946684800000LL; // 2000-01-01T00:00:00Z
    a.writtenAtMicros = (QDateTime::currentMSecsSinceEpoch() - kUnixToPgEpochMs) * 1000;
    a.previousSeq =
        previous && previous->anchor.head.seq <= a.head.seq ? previous->anchor.head.seq : 0;
    a.interval = state->interval;
    a.checkpoints = state->checkpoints;
    QByteArray text;
    QString path;
    if (!a.toSignedText(key, &text, &error) ||
        !db::writeAuditAnchor(dir, a.fileName(), text, &path, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    key.clear();
    // One line, for the scheduled job to copy to syslog (logger -t kohi-anchor).
    ctx.out << "kohi-audit-anchor seq=" << a.head.seq
            << " at=" << db::auditTimeText(a.head.atMicros) << " hash=" << a.head.hash.toHex()
            << " database=" << a.identity.database
            << " system-identifier=" << a.identity.systemIdentifier
            << " checkpoints=" << a.checkpoints.size() << " file=" << path << Qt::endl;

    // What this run can already tell: the chain no longer holds the previous anchor's head.
    int status = Ok;
    if (previous) {
        const db::AuditChainPoint& before = previous->anchor.head;
        if (a.head.seq < before.seq) {
            ctx.err << "警告: 先頭の記録（連番 " << a.head.seq << "）が前回のアンカー "
                    << previous->fileName << "（連番 " << before.seq
                    << "）より後退しています。kohi-admin audit verify で確認してください。"
                    << Qt::endl;
            status = Failed;
        } else if (!state->then && before.seq >= state->firstEventSeq) {
            ctx.err << "警告: 前回のアンカー " << previous->fileName << " の記録（連番 "
                    << before.seq << "）がありません。kohi-admin audit verify で確認してください。"
                    << Qt::endl;
            status = Failed;
        } else if (state->then &&
                   (state->then->hash != before.hash || state->then->atMicros != before.atMicros)) {
            ctx.err << "警告: 前回のアンカー " << previous->fileName << " の記録（連番 "
                    << before.seq
                    << "）が変わっています。kohi-admin audit verify で確認してください。"
                    << Qt::endl;
            status = Failed;
        }
    }
    // A newer file that is not a valid anchor: the folder itself was tampered with (or another
    // key signs into it).
    for (const db::AuditAnchorFile& f : skipped) {
        ctx.err << "警告: アンカー " << f.fileName << " を使えません: " << f.problem
                << "（kohi-admin audit verify で確認してください）。" << Qt::endl;
        status = Failed;
    }
    return status;
}

int partitions(const QStringList& args, AdminContext& ctx)
{
    int ahead = 2;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool valid = false;
        if (args[i] == u"--ahead"_s && i + 1 < args.size())
            ahead = args[++i].toInt(&valid);
        if (!valid)
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::AuditMaintenance maintenance(*session);
    const std::optional<int> created = maintenance.ensurePartitions(ahead);
    if (!created) {
        ctx.err << "月別の区画を作成できません: " << maintenance.lastError().serverText()
                << Qt::endl;
        return Failed;
    }
    ctx.out << "月別の区画を " << *created << " 個作成しました（今月と先 " << ahead << " か月）。"
            << Qt::endl;
    return Ok;
}

int purge(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::AuditMaintenance maintenance(*session);
    const std::optional<db::AuditPurge> p = maintenance.purgeExpired();
    if (!p) {
        ctx.err << "保存期間を過ぎた記録を削除できません: " << maintenance.lastError().serverText()
                << Qt::endl;
        return Failed;
    }
    if (p->partitions.isEmpty()) {
        ctx.out << "保存期間を過ぎた月はありません（記録 連番 " << p->eventSeq << "）。"
                << Qt::endl;
        return Ok;
    }
    ctx.out << "保存期間を過ぎた " << p->partitions << " の " << number(p->eventsPurged)
            << " 件を削除しました。" << Qt::endl
            << "  検証の起点（アンカー）: 連番 " << p->anchorSeq << " hash " << p->anchorHash
            << Qt::endl
            << "  削除の記録: 連番 " << p->eventSeq << Qt::endl;
    return Ok;
}

// Evaluates the monitoring rules over the events recorded since the last evaluation (the client
// does so too whenever the alert list is opened); meant for a scheduled task.
int monitor(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::AuditMaintenance maintenance(*session);
    const std::optional<db::MonitorRun> m = maintenance.evaluateMonitoring();
    if (!m) {
        ctx.err << "監視ルールを評価できません: " << maintenance.lastError().serverText()
                << Qt::endl;
        return Failed;
    }
    ctx.out << "新しい記録 " << number(m->events) << " 件を評価しました。新しい・更新された警告 "
            << m->alertsChanged << " 件、未確認の警告 " << m->openAlerts << " 件。" << Qt::endl;
    return Ok;
}

// The days the office is closed besides weekends (off-hours for monitoring).
int holidays(const QStringList& args, AdminContext& ctx)
{
    const QString action = args.value(1, u"list"_s);
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::OfficeHolidayRepository repo(*session);
    if (action == u"list"_s && args.size() <= 2) {
        const std::optional<QList<db::OfficeHoliday>> days = repo.recent();
        if (!days) {
            ctx.err << "休日を読めません: " << repo.lastError().serverText() << Qt::endl;
            return Failed;
        }
        for (const db::OfficeHoliday& d : *days)
            ctx.out << d.day.toString(Qt::ISODate) << '\t' << d.name
                    << (d.confirmed ? "" : "\t（未確認）") << Qt::endl;
        return Ok;
    }
    const QDate day = QDate::fromString(args.value(2), Qt::ISODate);
    if (!day.isValid())
        return usage(ctx);
    std::optional<qint64> changed;
    if (action == u"add"_s && args.size() == 4)
        changed = repo.add(day, args[3]);
    else if (action == u"remove"_s && args.size() == 3)
        changed = repo.remove(day);
    else
        return usage(ctx);
    if (!changed) {
        ctx.err << "休日を変更できません: " << repo.lastError().serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << (action == u"add"_s ? "休日を登録しました: " : "休日を削除しました: ")
            << day.toString(Qt::ISODate) << "（" << *changed << " 件）" << Qt::endl;
    return Ok;
}

} // namespace

int runAuditCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"head"_s && args.size() == 1)
        return head(ctx);
    if (sub == u"verify"_s)
        return verify(args, ctx);
    if (sub == u"anchor"_s)
        return anchorCommand(args, ctx);
    if (sub == u"anchor-key"_s)
        return anchorKey(args, ctx);
    if (sub == u"partitions"_s)
        return partitions(args, ctx);
    if (sub == u"purge"_s && args.size() == 1)
        return purge(ctx);
    if (sub == u"monitor"_s && args.size() == 1)
        return monitor(ctx);
    if (sub == u"holidays"_s)
        return holidays(args, ctx);
    return usage(ctx);
}

} // namespace kohi::admin
