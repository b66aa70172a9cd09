#include "app/admin/JukiCommand.h"

#include "core/import/JukiAnswerFile.h"
#include "db/JukiImportRepository.h"
#include "db/JukiInquiryRepository.h"
#include "db/MyNumberRepository.h"
#include "db/SessionInfo.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err
        << "usage: kohi-admin juki import FILE [--dry-run] [--report OUT.tsv] [--fingerprint HEX]\n"
           "       kohi-admin juki export OUT.csv     回答待ちの照会を住基ネット端末の担当者へ渡す "
           "CSV\n"
           "       kohi-admin juki review             "
           "確認リスト（不一致・照会番号不明・該当なし・複数候補）\n"
           "  担当者自身のログイン（PGUSER と PGPASSFILE）で実行します。\n"
           "  --dry-run       照合まで行い、何も変更しない\n"
           "  --report FILE   全行の結果を TSV で書き出す（line 照会番号 outcome "
           "reason、番号は含まない）\n"
           "  --fingerprint   個人番号の暗号化用公開鍵のフィンガープリント（既定: "
           "KOHI_PUBLIC_KEY_FINGERPRINT）"
        << Qt::endl;
    return Usage;
}

db::Session* clerkSession(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (session) // logged with the terminal, as the client's sessions are
        db::beginClientSession(*session);
    return session;
}

bool writeFile(const QString& path, const QByteArray& bytes, AdminContext& ctx)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        ctx.err << "ファイルに書き込めません: " << path << Qt::endl;
        return false;
    }
    return true;
}

int importFile(const QStringList& args, AdminContext& ctx)
{
    QString path;
    QString reportPath;
    QString fingerprint = qEnvironmentVariable("KOHI_PUBLIC_KEY_FINGERPRINT");
    bool dryRun = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--dry-run"_s)
            dryRun = true;
        else if (args[i] == u"--report"_s && i + 1 < args.size())
            reportPath = args[++i];
        else if (args[i] == u"--fingerprint"_s && i + 1 < args.size())
            fingerprint = args[++i];
        else if (!args[i].startsWith(u"--"_s) && path.isEmpty())
            path = args[i];
        else
            return usage(ctx);
    }
    if (path.isEmpty())
        return usage(ctx);

    juki::ImportReport report;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || in.size() > juki::MaxAnswerFileBytes) {
        report.status = juki::ImportReport::Status::Refused;
        report.message = in.isOpen() ? u"ファイルが大きすぎます（64 MB まで）。"_s
                                     : u"ファイルを開けません: "_s + path;
        report.rows << juki::ReportRow{0, {}, u"FILE_REFUSED"_s, u"file"_s, report.message};
    } else {
        juki::AnswerFile file = juki::parseAnswerFile(in.readAll());
        in.close();
        db::Session* session = file.ok ? clerkSession(ctx) : nullptr;
        if (file.ok && !session)
            return Failed;
        if (!file.ok) {
            report = db::JukiImportRepository::refusedFile(file);
        } else {
            db::MyNumberRepository numbers(*session, fingerprint);
            db::JukiImportRepository imports(*session, numbers);
            report = imports.importFile(file, QFileInfo(path).fileName(), dryRun);
        }
    }

    ctx.out << "文字コード: " << report.encoding << Qt::endl;
    const auto counts = report.counts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ctx.out << it.key() << ": " << it.value() << Qt::endl;
    (report.status == juki::ImportReport::Status::Refused ? ctx.err : ctx.out)
        << report.message << Qt::endl;
    if (!reportPath.isEmpty() && !writeFile(reportPath, report.toTsv(), ctx))
        return Failed;
    return report.status == juki::ImportReport::Status::Refused ? Failed : Ok;
}

int exportInquiries(const QStringList& args, AdminContext& ctx)
{
    if (args.size() != 2)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::ApiError error;
    const QList<db::JukiInquiry> open =
        db::JukiInquiryRepository(*session).list(u"open"_s, true, &error);
    if (!error.isEmpty()) {
        ctx.err << error.serverText() << Qt::endl;
        return Failed;
    }
    if (!writeFile(args[1], db::JukiInquiryRepository::exportCsv(open), ctx))
        return Failed;
    ctx.out << "回答待ちの照会 " << open.size() << " 件を書き出しました: " << args[1] << Qt::endl;
    return Ok;
}

int showReview(AdminContext& ctx)
{
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::ApiError error;
    const QList<db::JukiReviewItem> items = db::JukiInquiryRepository(*session).reviewList(&error);
    if (!error.isEmpty()) {
        ctx.err << error.serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << "取り込み\t行\t照会番号\t結果\t受給者番号\t内容" << Qt::endl;
    for (const db::JukiReviewItem& v : items)
        ctx.out << v.importId << '\t' << v.line << '\t' << v.inquiryNo << '\t' << v.outcome << '\t'
                << v.recipientNumber << '\t' << v.message << Qt::endl;
    return Ok;
}

int inquire(const QStringList& args, AdminContext& ctx)
{
    bool ok = false;
    const qint64 recipientId = args.value(1).toLongLong(&ok);
    if (args.size() != 3 || !ok)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    QString inquiryNo;
    db::ApiError error;
    if (!db::JukiInquiryRepository(*session).create(recipientId, args[2], &inquiryNo, &error)) {
        ctx.err << error.serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << "照会番号: " << inquiryNo << Qt::endl;
    return Ok;
}

int resolve(const QStringList& args, AdminContext& ctx)
{
    bool idOk = false;
    bool lineOk = false;
    const qint64 importId = args.value(1).toLongLong(&idOk);
    const int line = args.value(2).toInt(&lineOk);
    if (args.size() != 6 || !idOk || !lineOk || args[4] != u"--note"_s)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    QString newInquiryNo;
    db::ApiError error;
    if (!db::JukiInquiryRepository(*session).resolve(importId, line, args[3], args[5],
                                                     &newInquiryNo, &error)) {
        ctx.err << error.serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << (newInquiryNo.isEmpty() ? u"対応済みにしました。"_s
                                       : u"新しい照会番号: "_s + newInquiryNo)
            << Qt::endl;
    return Ok;
}

} // namespace

int runJukiCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"import"_s)
        return importFile(args, ctx);
    if (sub == u"export"_s)
        return exportInquiries(args, ctx);
    if (sub == u"review"_s && args.size() == 1)
        return showReview(ctx);
    if (sub == u"inquire"_s)
        return inquire(args, ctx);
    if (sub == u"resolve"_s)
        return resolve(args, ctx);
    return usage(ctx);
}

} // namespace kohi::admin
