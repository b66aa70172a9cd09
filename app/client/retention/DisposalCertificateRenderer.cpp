#include "app/client/retention/DisposalCertificateRenderer.h"

#include "app/client/PrintCanvas.h"
#include "core/validation/JapaneseEra.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr double kWidth = 180;
constexpr double kLabel = 34;
constexpr double kPapersHeight = 14; // the count, and the register's papers by name
constexpr double kRecordHeight = 62 + kPapersHeight - 7;
constexpr int kRecordsPerPage = 2;

QString dateTimeText(const QDateTime& t)
{
    const QDateTime local = t.toLocalTime();
    return formatJapaneseDate(local.date()) + u" "_s + local.toString(u"HH:mm"_s);
}

QString person(const QString& name, const QString& login)
{
    return name.isEmpty() ? login : u"%1（%2）"_s.arg(name, login);
}

} // namespace

DisposalCertificateRenderer::DisposalCertificateRenderer(QList<db::DisposalRecord> records,
                                                         QDate issuedOn, QString issuedBy)
    : m_records(std::move(records)), m_issuedOn(issuedOn), m_issuedBy(std::move(issuedBy))
{
}

bool DisposalCertificateRenderer::print(QPagedPaintDevice& device, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_records.isEmpty())
        return fail(tr("証明する廃棄の記録がありません。"));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("印刷先を開けませんでした（書き込み先やプリンターを確認してください）。"));
    const QRectF area = device.pageLayout().paintRect(QPageLayout::Millimeter);
    PrintCanvas canvas(painter, double(device.width()) / area.width(), area.width(), area.height());
    const int pages = int((m_records.size() + kRecordsPerPage - 1) / kRecordsPerPage);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        double y = paintHeader(canvas, page + 1, pages);
        for (int i = page * kRecordsPerPage;
             i < qMin(int(m_records.size()), (page + 1) * kRecordsPerPage); ++i)
            y = paintRecord(canvas, m_records.at(i), y) + 4;
        paintFooter(canvas);
    }
    return painter.end() || fail(tr("印刷を完了できませんでした。"));
}

bool DisposalCertificateRenderer::savePdf(const QString& path, QString* error) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(tr("個人番号等廃棄証明書"));
    writer.setCreator(u"Kohi"_s);
    return print(writer, error);
}

double DisposalCertificateRenderer::paintHeader(PrintCanvas& canvas, int page, int pages) const
{
    canvas.text(QRectF(0, 0, kWidth, 12), tr("個人番号等廃棄証明書"), 19, Qt::AlignCenter, true);
    canvas.text(QRectF(0, 13, kWidth, 6),
                tr("発行日 %1　発行者 %2　（%3 / %4 ページ）")
                    .arg(formatJapaneseDate(m_issuedOn), m_issuedBy)
                    .arg(page)
                    .arg(pages),
                9, Qt::AlignRight | Qt::AlignVCenter);
    canvas.text(QRectF(0, 20, kWidth, 12),
                tr("下記の受給者について、保存期間の経過後、個人番号（暗号化された番号と照合用の"
                   "ハッシュ）を消去し、書類を廃棄したことを証明します。消去した個人番号は復元"
                   "できません。本証明書に個人番号は記載していません。"),
                9.5, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    return 34;
}

QString DisposalCertificateRenderer::papersText(const db::DisposalRecord& r)
{
    QString text = r.papersDestroyed == 0
                       ? tr("なし")
                       : tr("%1 枚（%2）").arg(r.papersDestroyed).arg(r.papersNote);
    if (r.documents.isEmpty())
        return text;
    QStringList names;
    for (const db::DisposedDocument& d : r.documents)
        names << tr("%1「%2」（%3）").arg(d.kindLabel, d.description, d.cabinetLabel);
    return text + u"\n"_s +
           tr("うち証拠書類の登録簿から %1 件: %2")
               .arg(r.documents.size())
               .arg(names.join(u"、"_s));
}

double DisposalCertificateRenderer::paintRecord(PrintCanvas& canvas, const db::DisposalRecord& r,
                                                double y) const
{
    const double half = kWidth / 2;
    const double top = y;
    auto row = [&](double at, const QString& label, const QString& value, double height = 7,
                   double pointSize = 10) {
        canvas.labelCell(QRectF(0, at, kLabel, height), label, 9);
        canvas.valueCell(QRectF(kLabel, at, kWidth - kLabel, height), value, pointSize, false,
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
    };
    auto pair = [&](double at, const QString& l1, const QString& v1, const QString& l2,
                    const QString& v2) {
        canvas.labelCell(QRectF(0, at, kLabel, 7), l1, 9);
        canvas.valueCell(QRectF(kLabel, at, half - kLabel, 7), v1, 10);
        canvas.labelCell(QRectF(half, at, kLabel, 7), l2, 9);
        canvas.valueCell(QRectF(half + kLabel, at, half - kLabel, 7), v2, 10);
    };
    pair(y, tr("廃棄記録番号"), QString::number(r.id), tr("制度"),
         u"%1（法別%2）"_s.arg(r.programmeName, r.programme));
    pair(y + 7, tr("受給者番号"), r.recipientNumber.isEmpty() ? u"―"_s : r.recipientNumber,
         tr("受給者氏名"), r.recipientName);
    pair(y + 14, tr("認定の終了"),
         u"%1（%2）"_s.arg(formatJapaneseDate(r.endedOn), r.endReasonLabel), tr("保存期限"),
         formatJapaneseDate(r.retentionUntil));
    row(y + 21, tr("消去した個人番号"),
        r.numbersErased == 0
            ? tr("なし（登録されていませんでした）")
            : tr("%1 件（%2）").arg(r.numbersErased).arg(r.erasedRoles.join(u"・"_s)));
    row(y + 28, tr("廃棄した書類"), papersText(r), kPapersHeight, 9);
    y += kPapersHeight - 7;
    row(y + 35, tr("方法"), r.method);
    row(y + 42, tr("理由"), r.reason);
    pair(y + 49, tr("提案者"), person(r.proposedByName, r.proposedBy), tr("承認者"),
         person(r.approvedByName, r.approvedBy));
    pair(y + 56, tr("提案日時"), dateTimeText(r.proposedAt), tr("消去日時"),
         dateTimeText(r.erasedAt));
    canvas.box(QRectF(0, top, kWidth, kRecordHeight + 1), 0.6);
    return top + kRecordHeight + 1;
}

void DisposalCertificateRenderer::paintFooter(PrintCanvas& canvas) const
{
    const double y = canvas.height() - 28;
    canvas.text(QRectF(0, y, kWidth, 6), tr("大阪府 健康医療部（公費負担医療 担当）"), 10,
                Qt::AlignLeft | Qt::AlignVCenter);
    const double w = 40;
    for (int i = 0; i < 2; ++i) {
        const double x = kWidth - 2 * w + i * w;
        canvas.labelCell(QRectF(x, y + 8, w, 6), i == 0 ? tr("提案者 印") : tr("承認者 印"), 9);
        canvas.box(QRectF(x, y + 14, w, 14));
    }
}

} // namespace kohi::app
