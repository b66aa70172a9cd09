#include "app/client/renewal/RenewalNoticePdf.h"

#include "app/client/PrintCanvas.h"
#include "app/client/renewal/RenewalNoticeRenderer.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kohi::app {

QString RenewalNoticePdf::partFileName(qint64 batchId, int part, const QString& healthCentre)
{
    return u"renewal-%1-part%2-%3.pdf"_s.arg(batchId)
        .arg(part, 4, 10, QChar(u'0'))
        .arg(healthCentre.isEmpty() ? u"none"_s : healthCentre);
}

QString RenewalNoticePdf::write(const QList<db::RenewalNotice>& notices, QIODevice& device)
{
    QPdfWriter writer(&device);
    writer.setCreator(u"Kohi"_s);
    writer.setTitle(tr("受給者証の更新申請のお知らせ"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("PDFを書き始められませんでした。");
    const QRectF area = writer.pageLayout().paintRect(QPageLayout::Millimeter);
    PrintCanvas canvas(painter, double(writer.width()) / area.width(), area.width(), area.height());
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const RenewalNoticeRenderer renderer(notices.at(i));
        if (i > 0)
            writer.newPage();
        renderer.paintLetter(canvas);
        writer.newPage();
        renderer.paintForm(canvas);
    }
    if (!painter.end())
        return tr("PDFを書き終えられませんでした。");
    return {};
}

QString RenewalNoticePdf::write(const QList<db::RenewalNotice>& notices, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("PDFファイルを作成できません: %1").arg(file.errorString());
    if (const QString problem = write(notices, file); !problem.isEmpty()) {
        file.cancelWriting();
        return problem;
    }
    if (!file.commit())
        return tr("PDFファイルを保存できません: %1").arg(file.errorString());
    return {};
}

} // namespace kohi::app
