#include "app/admin/DemoInquiries.h"

#include "core/import/CsvRecordReader.h"
#include "db/JukiInquiryRepository.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

const QStringList kHeader{u"照会番号"_s, u"file"_s, u"法別番号"_s, u"氏名"_s,        u"氏名カナ"_s,
                          u"生年月日"_s, u"性別"_s, u"住所"_s,     u"市町村コード"_s};

QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, u"yyyyMMdd"_s);
    return d.isValid() ? d : QDate::fromString(text, Qt::ISODate);
}

} // namespace

int runDemoInquiries(const QString& path, AdminContext& ctx)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        ctx.err << "ファイルを開けません: " << path << Qt::endl;
        return Failed;
    }
    QByteArray bytes = in.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    juki::CsvRecordReader reader(text);
    juki::CsvRecord record;
    if (!reader.next(&record) || record.fields != kHeader) {
        ctx.err << "見出し行が " << kHeader.join(u',') << " ではありません。" << Qt::endl;
        return Failed;
    }
    QList<db::DemoInquiryRow> rows;
    while (reader.next(&record)) {
        const QStringList& f = record.fields;
        db::DemoInquiryRow row;
        if (f.size() == kHeader.size()) {
            row = db::DemoInquiryRow{f[0].trimmed(),
                                     f[2].trimmed(),
                                     f[3].trimmed(),
                                     f[4].trimmed(),
                                     parseDate(f[5].trimmed()),
                                     f[6].trimmed().toInt(),
                                     f[7].trimmed(),
                                     f[8].trimmed()};
        }
        if (f.size() != kHeader.size() || !record.problem.isEmpty() || row.inquiryNo.isEmpty() ||
            !row.birthDate.isValid() || (row.sex != 1 && row.sex != 2)) {
            ctx.err << record.line
                    << " 行目: 項目数・照会番号・生年月日・性別のいずれかが正しくありません。"
                    << Qt::endl;
            return Failed;
        }
        rows << row;
    }
    if (reader.unterminatedQuoteLine()) {
        ctx.err << reader.unterminatedQuoteLine() << " 行目の引用符が閉じられていません。"
                << Qt::endl;
        return Failed;
    }
    db::Session* dba = ctx.session();
    if (!dba)
        return Failed;
    int created = 0;
    db::ApiError error;
    if (!db::JukiInquiryRepository::createDemo(*dba, rows, &created, &error)) {
        ctx.err << "照会を作成できません: " << error.serverText() << Qt::endl;
        return Failed;
    }
    ctx.out << "合成の受給者と回答待ちの照会を " << created << " 件作成しました。" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
