#include "app/client/statistics/RecipientExportDialog.h"

#include "core/export/CsvWriter.h"
#include "db/RecipientExport.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

RecipientExportDialog::RecipientExportDialog(db::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("受給者一覧のCSV出力"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kana = new QLineEdit(this);
    m_kana->setObjectName(u"exportKana"_s);
    m_kana->setPlaceholderText(tr("カナ氏名の先頭（例: ヤマダ）"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"exportNumber"_s);
    m_birth = new QLineEdit(this);
    m_birth->setObjectName(u"exportBirth"_s);
    m_birth->setPlaceholderText(u"YYYY-MM-DD"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"exportPhone"_s);
    form->addRow(tr("カナ氏名"), m_kana);
    form->addRow(tr("受給者番号"), m_number);
    form->addRow(tr("生年月日"), m_birth);
    form->addRow(tr("電話番号"), m_phone);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("出力する項目（個人番号は出力できません）"), this));
    m_fields = new QListWidget(this);
    m_fields->setObjectName(u"exportFields"_s);
    const QStringList preset{u"recipient_number"_s, u"name"_s,         u"kana"_s,
                             u"birth_date"_s,       u"municipality"_s, u"health_centre"_s,
                             u"disease"_s,          u"valid_to"_s};
    for (const QString& f : db::RecipientExport::fields()) {
        auto* item = new QListWidgetItem(db::RecipientExport::fieldLabel(f), m_fields);
        item->setData(Qt::UserRole, f);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preset.contains(f) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_fields, 1);
    auto* bottom = new QFormLayout;
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"exportEncoding"_s);
    m_encoding->addItem(tr("Shift_JIS（CP932・Excel向け）"), int(CsvWriter::Encoding::Cp932));
    m_encoding->addItem(tr("UTF-8（BOM付き）"), int(CsvWriter::Encoding::Utf8Bom));
    bottom->addRow(tr("文字コード"), m_encoding);
    layout->addLayout(bottom);
    auto* save = new QPushButton(tr("CSVに出力(&S)…"), this);
    save->setObjectName(u"exportSave"_s);
    layout->addWidget(save, 0, Qt::AlignRight);
    m_message = new QLabel(this);
    m_message->setObjectName(u"exportMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    resize(480, 560);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("CSVの保存先"), {}, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

QString RecipientExportDialog::message() const
{
    return m_message->text();
}

int RecipientExportDialog::exportTo(const QString& path)
{
    QStringList fields;
    QStringList header;
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked) {
            fields << m_fields->item(i)->data(Qt::UserRole).toString();
            header << m_fields->item(i)->text();
        }
    db::RecipientExport::Search search;
    search.kanaPrefix = m_kana->text();
    search.recipientNumber = m_number->text();
    search.phone = m_phone->text();
    if (!m_birth->text().trimmed().isEmpty()) {
        search.birthDate = QDate::fromString(m_birth->text().trimmed(), Qt::ISODate);
        if (!search.birthDate.isValid()) {
            m_message->setText(tr("生年月日は YYYY-MM-DD の形で入力してください。"));
            return -1;
        }
    }
    db::RecipientExport exporter(m_session);
    const auto rows = exporter.rows(search, fields);
    if (!rows) {
        m_message->setText(exporter.lastError().message);
        return -1;
    }
    CsvWriter csv(CsvWriter::Encoding(m_encoding->currentData().toInt()));
    bool ok = csv.addRecord(header);
    for (qsizetype i = 0; ok && i < rows->size(); ++i)
        ok = csv.addRecord(rows->at(i));
    if (!ok) {
        m_message->setText(csv.problem());
        return -1;
    }
    QSaveFile file(path); // nothing appears at path unless the whole file is written
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.bytes()) != csv.bytes().size() ||
        !file.commit()) {
        m_message->setText(tr("ファイルに書き込めません（%1）。").arg(file.errorString()));
        return -1;
    }
    m_message->setText(tr("%1 件を出力しました。").arg(rows->size()));
    return int(rows->size());
}

} // namespace kohi::app
