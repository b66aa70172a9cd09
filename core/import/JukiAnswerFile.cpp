#include "core/import/JukiAnswerFile.h"

#include "core/crypto/Wipe.h"
#include "core/import/CsvRecordReader.h"
#include "core/import/KanaMatchKey.h"
#include "core/validation/KanaName.h"
#include "core/validation/MyNumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kohi::juki {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::juki::JukiAnswerFile", text);
}

enum Column
{
    InquiryNo,
    Result,
    MyNumber,
    Name,
    Kana,
    BirthDate,
    Sex,
    Address,
    ResidentCode, // 住民票コード: counted, never kept
    ColumnCount
};

void reject(AnswerRow* row, const QString& code, const QString& message)
{
    if (!row->problemCode.isEmpty())
        return; // the first problem is the one reported
    row->problemCode = code;
    row->problem = message;
}

bool isAsciiDigits(QStringView s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QDate parseBirthDate(QStringView text, QDate today)
{
    if (!isAsciiDigits(text, 8))
        return {};
    const QDate d(text.left(4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
    if (!d.isValid() || d.year() < 1900 || d > today)
        return {};
    return d;
}

void validateNumber(QString& field, AnswerRow* row)
{
    QString digits = field.trimmed();
    crypto::wipe(field);
    if (digits.isEmpty()) {
        reject(row, u"number"_s, tr("処理結果が 00（該当あり）なのに個人番号が空です。"));
        return;
    }
    ValidationResult checked = validateMyNumber(digits);
    if (checked.isError()) {
        // Which rule failed, never the number itself.
        const bool twelveDigits =
            isAsciiDigits(checked.normalized, 12) ||
            isAsciiDigits(
                digits.normalized(QString::NormalizationForm_KC).remove(u' ').remove(u'-'), 12);
        reject(row, twelveDigits ? u"check_digit"_s : u"number"_s,
               twelveDigits ? tr("個人番号のチェックデジットが一致しません。")
                            : tr("個人番号は12桁の数字でなければなりません。"));
    } else {
        row->myNumber = crypto::SecureBytes::fromUtf8(checked.normalized);
    }
    crypto::wipe(digits);
    crypto::wipe(checked.normalized);
}

void validateRow(QStringList& fields, AnswerRow* row, QDate today)
{
    static const QRegularExpression inquiryPattern(u"^[A-Za-z0-9-]{1,32}$"_s);
    row->inquiryNo = fields[InquiryNo].trimmed();
    if (!inquiryPattern.match(row->inquiryNo).hasMatch())
        reject(row, u"inquiry_no"_s,
               tr("照会番号が空か、英数字とハイフン（32文字以内）ではありません。"));

    const QString code = fields[Result].trimmed();
    if (code == u"00"_s)
        row->result = ResultCode::Found;
    else if (code == u"10"_s)
        row->result = ResultCode::NotFound;
    else if (code == u"20"_s)
        row->result = ResultCode::Several;
    else
        reject(row, u"result"_s, tr("処理結果は 00・10・20 のいずれかでなければなりません。"));

    row->name = fields[Name].trimmed();
    row->kana = fields[Kana].trimmed();
    row->kanaKey = kanaMatchKey(row->kana);
    row->address = fields[Address].trimmed();
    const QString birth = fields[BirthDate].trimmed();
    const QString sex = fields[Sex].trimmed();
    row->birthDate = parseBirthDate(birth, today);
    row->sex = sex == u"1"_s ? 1 : sex == u"2"_s ? 2 : 0;

    if (row->result == ResultCode::Found && row->problemCode.isEmpty()) {
        if (row->kanaKey.isEmpty() ||
            validateKanaName(row->kana.normalized(QString::NormalizationForm_KC)).isError())
            reject(row, u"kana"_s, tr("氏名カナが空か、カタカナ以外の文字を含みます。"));
        if (!row->birthDate.isValid())
            reject(row, u"birth_date"_s,
                   tr("生年月日は YYYYMMDD の実在する過去の日付でなければなりません。"));
        if (row->sex == 0)
            reject(row, u"sex"_s, tr("性別は 1（男）か 2（女）でなければなりません。"));
    }
    if (row->result == ResultCode::Found) {
        if (row->problemCode.isEmpty())
            validateNumber(fields[MyNumber], row);
    } else if (row->problemCode.isEmpty() && !fields[MyNumber].trimmed().isEmpty()) {
        reject(
            row, u"number_unexpected"_s,
            tr("処理結果が 10・20 なのに個人番号が入っています（食い違う回答は取り込みません）。"));
    }
    crypto::wipe(fields[MyNumber]);
}

} // namespace

QStringList answerFileHeader()
{
    return {u"照会番号"_s, u"処理結果"_s, u"個人番号"_s, u"氏名"_s,        u"氏名カナ"_s,
            u"生年月日"_s, u"性別"_s,     u"住所"_s,     u"住民票コード"_s};
}

int AnswerFile::validRows() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const AnswerRow& r) { return r.valid(); }));
}

AnswerFile parseAnswerFile(QByteArray bytes, QDate today)
{
    AnswerFile file;
    auto refuse = [&](int line, const QString& message) {
        file.ok = false;
        file.errorLine = line;
        file.error = message;
        file.rows.clear();
        crypto::wipe(bytes);
        return file;
    };
    file.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    file.physicalLines = int(bytes.count('\n')) + (bytes.endsWith('\n') ? 0 : 1);
    if (bytes.isEmpty())
        return refuse(0, tr("ファイルが空です。"));
    if (bytes.size() > MaxAnswerFileBytes)
        return refuse(0, tr("ファイルが大きすぎます（64 MB まで）。"));

    DecodedText decoded = decodeTextFile(bytes);
    crypto::wipe(bytes); // the raw copy holds every 住民票コード
    file.encoding = decoded.encoding;
    if (!decoded.ok)
        return refuse(decoded.errorLine, decoded.error);

    CsvRecordReader reader(decoded.text);
    CsvRecord record;
    if (!reader.next(&record)) {
        crypto::wipe(decoded.text);
        return refuse(reader.unterminatedQuoteLine(),
                      reader.unterminatedQuoteLine()
                          ? tr("引用符（\"）が閉じられていません（%1 行目から）。")
                                .arg(reader.unterminatedQuoteLine())
                          : tr("見出し行がありません。"));
    }
    QStringList header;
    for (const QString& f : std::as_const(record.fields))
        header << f.trimmed();
    if (header != answerFileHeader()) {
        crypto::wipe(decoded.text);
        return refuse(
            record.line,
            tr("%1 "
               "行目が見出し行（%2）ではありません。住基ネットの回答ファイルか確認してください。")
                .arg(record.line)
                .arg(answerFileHeader().join(u',')));
    }

    QHash<QString, int> seen; // 照会番号 → rows carrying it
    while (reader.next(&record)) {
        AnswerRow row;
        row.line = record.line;
        if (!record.problem.isEmpty()) {
            reject(&row, u"quoting"_s, record.problem);
        } else if (record.fields.size() != ColumnCount) {
            reject(&row, u"columns"_s,
                   tr("項目数が %1 ではありません（%2 項目）。")
                       .arg(int(ColumnCount))
                       .arg(record.fields.size()));
        }
        if (record.fields.size() == ColumnCount && record.problem.isEmpty())
            validateRow(record.fields, &row, today);
        else if (!record.fields.isEmpty())
            row.inquiryNo = record.fields.first().trimmed().left(32);
        // Data minimisation: 住民票コード and any unparsed number die with the record.
        for (QString& f : record.fields)
            crypto::wipe(f);
        if (!row.inquiryNo.isEmpty())
            ++seen[row.inquiryNo];
        file.rows << std::move(row);
        if (file.rows.size() > MaxAnswerRows) {
            crypto::wipe(decoded.text);
            return refuse(record.line, tr("行数が多すぎます（%1 行まで）。").arg(MaxAnswerRows));
        }
    }
    const int openLine = reader.unterminatedQuoteLine();
    crypto::wipe(decoded.text);
    if (openLine)
        return refuse(openLine,
                      tr("引用符（\"）が閉じられていません（%1 行目から）。").arg(openLine));
    if (file.rows.isEmpty())
        return refuse(record.line, tr("見出し行のほかにデータ行がありません。"));

    // One inquiry answered twice in a file is never decided by which row comes first.
    for (AnswerRow& row : file.rows) {
        if (row.valid() && seen.value(row.inquiryNo) > 1) {
            reject(&row, u"duplicate_inquiry"_s,
                   tr("同じ照会番号の行がファイル内に複数あります。"));
            row.myNumber.clear();
        }
    }
    file.ok = true;
    return file;
}

} // namespace kohi::juki
