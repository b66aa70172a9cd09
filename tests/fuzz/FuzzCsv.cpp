// RFC 4180 records: CsvRecordReader on any text, and CsvWriter → decoder → reader round trips.
#include "core/export/CsvWriter.h"
#include "core/import/CsvRecordReader.h"
#include "core/import/TextFileDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QList>

namespace {

// Reads every record; line numbers only grow and the reader always terminates.
QList<kohi::juki::CsvRecord> readAll(QStringView text, int* unterminatedLine)
{
    kohi::juki::CsvRecordReader reader(text);
    QList<kohi::juki::CsvRecord> records;
    kohi::juki::CsvRecord record;
    int lastLine = 0;
    while (reader.next(&record)) {
        KOHI_FUZZ_CHECK(record.line > lastLine);
        KOHI_FUZZ_CHECK(!record.fields.isEmpty());
        lastLine = record.line;
        records << record;
        KOHI_FUZZ_CHECK(records.size() <= text.size()); // each record consumes text
    }
    *unterminatedLine = reader.unterminatedQuoteLine();
    KOHI_FUZZ_CHECK(*unterminatedLine == 0 || *unterminatedLine > lastLine);
    return records;
}

// The input split into records and fields: 0x1E ends a record, 0x1F ends a field.
QList<QStringList> tableOf(const QString& text)
{
    QList<QStringList> table;
    for (const QString& line : text.split(QChar(0x1E)))
        table << line.split(QChar(0x1F));
    return table;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kohi;
    const QString text = fuzz::textOf(data, size);

    // Any text: records are read without a crash and with sane line numbers.
    int unterminated = 0;
    readAll(text, &unterminated);

    // Round trip: what CsvWriter writes (UTF-8 with BOM) is read back field for field. A record
    // of one empty field is an empty line, which the reader skips by design.
    CsvWriter writer(CsvWriter::Encoding::Utf8Bom);
    QList<QStringList> written;
    for (const QStringList& fields : tableOf(text)) {
        KOHI_FUZZ_CHECK(writer.addRecord(fields));
        if (!(fields.size() == 1 && fields.first().isEmpty()))
            written << fields;
    }
    const juki::DecodedText decoded = juki::decodeTextFile(writer.bytes());
    KOHI_FUZZ_CHECK(decoded.ok && decoded.encoding == juki::FileEncoding::Utf8Bom);
    const QList<juki::CsvRecord> read = readAll(decoded.text, &unterminated);
    KOHI_FUZZ_CHECK(unterminated == 0);
    KOHI_FUZZ_CHECK(read.size() == written.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        KOHI_FUZZ_CHECK(read[i].problem.isEmpty());
        KOHI_FUZZ_CHECK(read[i].fields == written[i]);
    }

    // CP932: a record the encoder refuses is left out, and what was written still reads back.
    CsvWriter sjis(CsvWriter::Encoding::Cp932);
    int accepted = 0;
    for (const QStringList& fields : tableOf(text)) {
        if (sjis.addRecord(fields))
            ++accepted;
        else
            KOHI_FUZZ_CHECK(!sjis.problem().isEmpty());
    }
    KOHI_FUZZ_CHECK(sjis.records() == accepted);
    if (!sjis.bytes().isEmpty()) {
        const juki::DecodedText back = juki::decodeTextFile(sjis.bytes());
        KOHI_FUZZ_CHECK(back.ok);
    }
    return 0;
}
