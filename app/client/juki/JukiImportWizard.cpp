#include "app/client/juki/JukiImportWizard.h"

#include "core/import/JukiAnswerFile.h"
#include "core/validation/MyNumberMask.h"
#include "db/JukiImportRepository.h"
#include "db/MyNumberRepository.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

juki::AnswerFile refusedFile(const QString& message)
{
    juki::AnswerFile file;
    file.error = message;
    return file;
}

// The file as parsed now; with expectedSha256, refused unless it is still the previewed file.
juki::AnswerFile readAnswerFile(const QString& path, const QByteArray& expectedSha256 = {})
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return refusedFile(JukiImportWizard::tr("ファイルを開けません: %1").arg(path));
    if (in.size() > juki::MaxAnswerFileBytes)
        return refusedFile(JukiImportWizard::tr("ファイルが大きすぎます（64 MB まで）。"));
    juki::AnswerFile file = juki::parseAnswerFile(in.readAll());
    if (file.ok && !expectedSha256.isEmpty() && file.sha256 != expectedSha256)
        return refusedFile(JukiImportWizard::tr("ファイルが選択後に変更されています。"
                                                "もう一度選び直してください。"));
    return file;
}

QTableView* newTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void fillReport(QTableView* view, QStandardItemModel* model, const juki::ImportReport& report)
{
    model->clear();
    model->setHorizontalHeaderLabels({JukiImportWizard::tr("行"), JukiImportWizard::tr("照会番号"),
                                      JukiImportWizard::tr("結果"), JukiImportWizard::tr("内容")});
    for (const juki::ReportRow& r : report.rows)
        model->appendRow({new QStandardItem(QString::number(r.line)),
                          new QStandardItem(r.inquiryNo), new QStandardItem(r.outcome),
                          new QStandardItem(r.message)});
    view->resizeColumnsToContents();
}

QString countsText(const juki::ImportReport& report)
{
    QStringList parts;
    const auto counts = report.counts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1 %2件"_s.arg(it.key()).arg(it.value());
    return parts.join(u"　"_s);
}

} // namespace

// ------------------------------------------------------------------ 1. the file
class JukiFilePage : public QWizardPage
{
public:
    explicit JukiFilePage(JukiImportWizard* wizard) : m_wizard(wizard)
    {
        setTitle(JukiImportWizard::tr("回答ファイルの選択"));
        setSubTitle(JukiImportWizard::tr(
            "住基ネット端末の担当者から受け取った回答ファイル（CSV）を選んでください。"));
        m_path = new QLineEdit(this);
        m_path->setObjectName(u"jukiFilePath"_s);
        auto* browse = new QPushButton(JukiImportWizard::tr("参照(&B)…"), this);
        m_error = new QLabel(this);
        m_error->setObjectName(u"jukiFileError"_s);
        m_error->setWordWrap(true);
        m_error->setStyleSheet(u"color: #b00020;"_s);
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_error);
        layout->addStretch();
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, JukiImportWizard::tr("回答ファイル"), {},
                JukiImportWizard::tr("CSV ファイル (*.csv *.txt);;すべてのファイル (*)"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    void setPath(const QString& path) { m_path->setText(path); }
    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }
    bool validatePage() override
    {
        // Parsed here to refuse a broken file at once; the numbers are not kept (the import
        // reads the file again and checks it is the same).
        const juki::AnswerFile file = readAnswerFile(m_path->text().trimmed());
        if (!file.ok) {
            m_error->setText(file.error);
            return false;
        }
        m_error->clear();
        m_wizard->m_path = m_path->text().trimmed();
        m_wizard->m_sha256 = file.sha256;
        return true;
    }

private:
    JukiImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_error;
};

// ------------------------------------------------------------------ 2. preview and validation
class JukiPreviewPage : public QWizardPage
{
public:
    explicit JukiPreviewPage(JukiImportWizard* wizard) : m_wizard(wizard)
    {
        setTitle(JukiImportWizard::tr("内容の確認と検証"));
        setSubTitle(JukiImportWizard::tr("個人番号は表示しません。住民票コードは読み込み時に"
                                         "捨て、保存も表示もしません。"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"jukiEncoding"_s);
        m_model = new QStandardItemModel(this);
        m_view = newTable(this, u"jukiPreview"_s);
        m_view->setModel(m_model);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_view, 1);
    }
    void initializePage() override
    {
        const juki::AnswerFile file = readAnswerFile(m_wizard->m_path, m_wizard->m_sha256);
        m_model->clear();
        m_model->setHorizontalHeaderLabels(
            {JukiImportWizard::tr("行"), JukiImportWizard::tr("照会番号"),
             JukiImportWizard::tr("処理結果"), JukiImportWizard::tr("氏名"),
             JukiImportWizard::tr("氏名カナ"), JukiImportWizard::tr("生年月日"),
             JukiImportWizard::tr("性別"), JukiImportWizard::tr("個人番号"),
             JukiImportWizard::tr("検証")});
        const QStringList codes{u"00"_s, u"10"_s, u"20"_s};
        for (const juki::AnswerRow& r : file.rows) {
            m_model->appendRow(
                {new QStandardItem(QString::number(r.line)), new QStandardItem(r.inquiryNo),
                 new QStandardItem(resultKnown(r) ? codes.value(int(r.result)) : QString()),
                 new QStandardItem(r.name), new QStandardItem(r.kana),
                 new QStandardItem(r.birthDate.toString(u"yyyy-MM-dd"_s)),
                 new QStandardItem(r.sex == 1   ? JukiImportWizard::tr("男")
                                   : r.sex == 2 ? JukiImportWizard::tr("女")
                                                : QString()),
                 // Masked in the model: the view never holds a number.
                 new QStandardItem(r.myNumber.isEmpty() ? QString() : maskMyNumber()),
                 new QStandardItem(r.valid() ? JukiImportWizard::tr("OK") : r.problem)});
        }
        m_view->resizeColumnsToContents();
        m_summary->setText(JukiImportWizard::tr("文字コード: %1　　%2 件（うち形式の誤り %3 件）")
                               .arg(juki::encodingLabel(file.encoding))
                               .arg(file.rows.size())
                               .arg(file.rows.size() - file.validRows()));
    }

private:
    // The 処理結果 column is shown unless the record could not be read that far.
    static bool resultKnown(const juki::AnswerRow& r)
    {
        return r.valid() || (r.problemCode != u"result"_s && r.problemCode != u"columns"_s &&
                             r.problemCode != u"quoting"_s);
    }

    JukiImportWizard* m_wizard;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

// ------------------------------------------------------------------ 3. matching (dry run)
class JukiMatchPage : public QWizardPage
{
public:
    explicit JukiMatchPage(JukiImportWizard* wizard) : m_wizard(wizard)
    {
        setTitle(JukiImportWizard::tr("照合"));
        setSubTitle(JukiImportWizard::tr(
            "照会番号で受給者と照合し、生年月日・性別・カナ氏名を確かめました（まだ何も変更して"
            "いません）。"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"jukiMatchSummary"_s);
        m_summary->setWordWrap(true);
        m_model = new QStandardItemModel(this);
        m_view = newTable(this, u"jukiMatch"_s);
        m_view->setModel(m_model);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_view, 1);
    }
    void initializePage() override
    {
        juki::AnswerFile file = readAnswerFile(m_wizard->m_path, m_wizard->m_sha256);
        db::MyNumberRepository numbers(m_wizard->m_session, m_wizard->m_pinnedFingerprint);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_wizard->m_dryRun = db::JukiImportRepository(m_wizard->m_session, numbers)
                                 .importFile(file, QFileInfo(m_wizard->m_path).fileName(), true);
        QGuiApplication::restoreOverrideCursor();
        fillReport(m_view, m_model, m_wizard->m_dryRun);
        const bool refused = m_wizard->m_dryRun.status == juki::ImportReport::Status::Refused;
        m_summary->setText(refused ? m_wizard->m_dryRun.message : countsText(m_wizard->m_dryRun));
        Q_EMIT completeChanged();
    }
    bool isComplete() const override
    {
        return m_wizard->m_dryRun.status == juki::ImportReport::Status::DryRun;
    }

private:
    JukiImportWizard* m_wizard;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

// ------------------------------------------------------------------ 4. confirmation
class JukiConfirmPage : public QWizardPage
{
public:
    explicit JukiConfirmPage(JukiImportWizard* wizard) : m_wizard(wizard)
    {
        setTitle(JukiImportWizard::tr("取り込みの確認"));
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_confirm = new QCheckBox(JukiImportWizard::tr("照合の結果を確認しました"), this);
        m_confirm->setObjectName(u"jukiConfirm"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addWidget(m_confirm);
        layout->addStretch();
        connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, JukiImportWizard::tr("取り込む(&I)"));
    }
    void initializePage() override
    {
        const auto counts = m_wizard->m_dryRun.counts();
        m_confirm->setChecked(false);
        m_text->setText(
            JukiImportWizard::tr(
                "受理 %1 件の個人番号を暗号化して「承認待ち」として登録します（承認者の照合で確定"
                "します）。確認リストへ送る行 %2 件、取り込まない行 %3 件。ファイル全体を一度に"
                "取り込み、途中で失敗したときは何も変更しません。")
                .arg(counts.value(u"ACCEPT"_s))
                .arg(counts.value(u"REVIEW"_s) + counts.value(u"NOT_FOUND"_s) +
                     counts.value(u"MULTIPLE"_s))
                .arg(counts.value(u"REJECT"_s)));
    }
    bool isComplete() const override { return m_confirm->isChecked(); }
    bool validatePage() override
    {
        juki::AnswerFile file = readAnswerFile(m_wizard->m_path, m_wizard->m_sha256);
        db::MyNumberRepository numbers(m_wizard->m_session, m_wizard->m_pinnedFingerprint);
        // Synchronous on purpose: the session is the main window's, and nothing else may run
        // inside the import's transaction (a large file takes minutes: see README).
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_wizard->m_report = db::JukiImportRepository(m_wizard->m_session, numbers)
                                 .importFile(file, QFileInfo(m_wizard->m_path).fileName(), false);
        QGuiApplication::restoreOverrideCursor();
        return true; // the report page shows refusals too
    }

private:
    JukiImportWizard* m_wizard;
    QLabel* m_text;
    QCheckBox* m_confirm;
};

// ------------------------------------------------------------------ 5. the report
class JukiReportPage : public QWizardPage
{
public:
    explicit JukiReportPage(JukiImportWizard* wizard) : m_wizard(wizard)
    {
        setTitle(JukiImportWizard::tr("取り込みの結果"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"jukiReportSummary"_s);
        m_summary->setWordWrap(true);
        m_model = new QStandardItemModel(this);
        m_view = newTable(this, u"jukiReport"_s);
        m_view->setModel(m_model);
        auto* save = new QPushButton(JukiImportWizard::tr("CSV で保存(&S)…"), this);
        save->setObjectName(u"jukiSaveReport"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_view, 1);
        layout->addWidget(save, 0, Qt::AlignRight);
        connect(save, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, JukiImportWizard::tr("結果の保存"), u"juki-import-report.csv"_s,
                JukiImportWizard::tr("CSV ファイル (*.csv)"));
            QString error;
            if (!path.isEmpty() && !m_wizard->saveReport(path, &error))
                m_summary->setText(error);
        });
    }
    void initializePage() override
    {
        const juki::ImportReport& report = m_wizard->m_report;
        fillReport(m_view, m_model, report);
        m_summary->setText(report.message + u"\n"_s + countsText(report));
    }

private:
    JukiImportWizard* m_wizard;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

JukiImportWizard::JukiImportWizard(db::Session& session, QString pinnedFingerprint, QWidget* parent)
    : QWizard(parent), m_session(session), m_pinnedFingerprint(std::move(pinnedFingerprint))
{
    setObjectName(u"jukiImportWizard"_s);
    setWindowTitle(tr("住基ネット回答の取り込み"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< 戻る(&B)"));
    setButtonText(QWizard::NextButton, tr("次へ(&N) >"));
    setButtonText(QWizard::CancelButton, tr("キャンセル"));
    setButtonText(QWizard::FinishButton, tr("閉じる(&C)"));
    setPage(FilePage, new JukiFilePage(this));
    setPage(PreviewPage, new JukiPreviewPage(this));
    setPage(MatchPage, new JukiMatchPage(this));
    setPage(ConfirmPage, new JukiConfirmPage(this));
    setPage(ReportPage, new JukiReportPage(this));
    resize(960, 600);
}

void JukiImportWizard::setFilePath(const QString& path)
{
    static_cast<JukiFilePage*>(page(FilePage))->setPath(path);
}

bool JukiImportWizard::saveReport(const QString& path, QString* error) const
{
    QSaveFile out(path);
    const QByteArray csv = m_report.toCsv();
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        *error = tr("保存できませんでした: %1").arg(path);
        return false;
    }
    return true;
}

} // namespace kohi::app
