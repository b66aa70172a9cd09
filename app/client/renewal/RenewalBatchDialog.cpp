#include "app/client/renewal/RenewalBatchDialog.h"

#include "app/client/BenefitLabels.h"
#include "app/client/CertificateLoader.h"
#include "app/client/CertificateRenderer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QTableView* makeTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QDate defaultEnd()
{
    // Every Osaka certificate ends on 31 December.
    return QDate(QDate::currentDate().year(), 12, 31);
}

} // namespace

RenewalBatchDialog::RenewalBatchDialog(db::Session& session, const QStringList& programmes,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_batches(session)
{
    setWindowTitle(tr("一斉更新"));
    auto* layout = new QVBoxLayout(this);

    auto* createBox = new QGroupBox(tr("新しい一斉更新"), this);
    auto* form = new QFormLayout(createBox);
    m_programme = new QComboBox(createBox);
    m_programme->setObjectName(u"renewalProgramme"_s);
    for (const QString& p : programmesOpenForApplications(programmes)) // not 療育医療 (0044)
        m_programme->addItem(tr("法別%1").arg(p), p);
    m_validTo = new QDateEdit(defaultEnd(), createBox);
    m_validTo->setObjectName(u"renewalValidTo"_s);
    m_noticeDate = new QDateEdit(QDate::currentDate(), createBox);
    m_noticeDate->setObjectName(u"renewalNoticeDate"_s);
    m_deadline = new QDateEdit(defaultEnd().addMonths(-1), createBox);
    m_deadline->setObjectName(u"renewalDeadline"_s);
    for (QDateEdit* e : {m_validTo, m_noticeDate, m_deadline}) {
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        e->setCalendarPopup(true);
    }
    auto* create = new QPushButton(tr("対象を選んで作成(&C)"), createBox);
    create->setObjectName(u"renewalCreate"_s);
    form->addRow(tr("制度"), m_programme);
    form->addRow(tr("有効期間の終了日"), m_validTo);
    form->addRow(tr("通知日"), m_noticeDate);
    form->addRow(tr("提出期限"), m_deadline);
    form->addRow(QString(), create);
    layout->addWidget(createBox);

    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("番号"), tr("制度"), tr("終了日"), tr("状態"),
                                        tr("通知"), tr("提出"), tr("承認"), tr("証の印刷")});
    m_view = makeTable(m_model, this);
    m_view->setObjectName(u"renewalBatches"_s);
    layout->addWidget(m_view, 1);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"renewalProgress"_s);
    m_progressText = new QLabel(this);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    layout->addLayout(progressRow);

    auto* buttons = new QHBoxLayout;
    m_notices = new QPushButton(tr("通知を作成(&N)…"), this);
    m_notices->setObjectName(u"renewalNotices"_s);
    m_stop = new QPushButton(tr("中止(&S)"), this);
    m_stop->setObjectName(u"renewalStop"_s);
    m_cancel = new QPushButton(tr("取り消す(&X)…"), this);
    m_cancel->setObjectName(u"renewalCancel"_s);
    m_resume = new QPushButton(tr("再開(&R)"), this);
    m_resume->setObjectName(u"renewalResume"_s);
    m_certificates = new QPushButton(tr("新しい受給者証を一括印刷(&P)…"), this);
    m_certificates->setObjectName(u"renewalCertificates"_s);
    for (QPushButton* b : {m_notices, m_stop, m_cancel, m_resume, m_certificates})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* intakeRow = new QHBoxLayout;
    intakeRow->addWidget(new QLabel(tr("提出状況"), this));
    m_intakeFilter = new QComboBox(this);
    m_intakeFilter->setObjectName(u"renewalIntakeFilter"_s);
    m_intakeFilter->addItem(tr("未提出"), u"not_received"_s);
    m_intakeFilter->addItem(tr("提出済み"), u"received"_s);
    m_intakeFilter->addItem(tr("承認済み・証の未印刷"), u"approved_unprinted"_s);
    m_intakeFilter->addItem(tr("すべて"), u"all"_s);
    intakeRow->addWidget(m_intakeFilter);
    intakeRow->addStretch();
    layout->addLayout(intakeRow);
    m_intakeModel = new QStandardItemModel(0, 6, this);
    m_intakeModel->setHorizontalHeaderLabels(
        {tr("整理番号"), tr("受給者番号"), tr("氏名"), tr("保健所"), tr("通知"), tr("更新申請")});
    m_intakeView = makeTable(m_intakeModel, this);
    m_intakeView->setObjectName(u"renewalIntake"_s);
    layout->addWidget(m_intakeView, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"renewalMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    resize(900, 720);

    connect(create, &QPushButton::clicked, this, [this] {
        if (createBatch())
            reload();
    });
    connect(m_notices, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("通知の出力先"));
        if (!dir.isEmpty())
            startNotices(dir);
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->stop();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("一斉更新の取り消し"), tr("取り消しの理由"), QLineEdit::Normal, {}, &ok);
        if (ok)
            cancelSelected(reason);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeSelected(); });
    connect(m_certificates, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("受給者証の出力先"));
        if (!dir.isEmpty())
            printCertificates(dir);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showIntake(m_intakeFilter->currentData().toString());
    });
    connect(m_intakeFilter, &QComboBox::currentIndexChanged, this,
            [this] { showIntake(m_intakeFilter->currentData().toString()); });
    reload();
}

RenewalBatchDialog::~RenewalBatchDialog() = default;

QString RenewalBatchDialog::message() const
{
    return m_message->text();
}

void RenewalBatchDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
}

qint64 RenewalBatchDialog::selectedBatch() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->item(current.row(), 0)->data(Qt::UserRole).toLongLong() : 0;
}

void RenewalBatchDialog::reload()
{
    const qint64 keep = selectedBatch();
    const auto list = m_batches.status();
    if (!list) {
        showMessage(m_batches.lastError().message, true);
        return;
    }
    m_list = *list;
    m_model->setRowCount(0);
    int select = m_list.isEmpty() ? -1 : 0;
    for (const auto& s : m_list) {
        QList<QStandardItem*> row{
            new QStandardItem(QString::number(s.id)),
            new QStandardItem(tr("法別%1").arg(s.programme)),
            new QStandardItem(s.validTo.toString(u"yyyy-MM-dd"_s)),
            new QStandardItem(s.state == u"cancelled"_s ? tr("取消") : tr("実行中")),
            new QStandardItem(u"%1 / %2"_s.arg(s.noticesGenerated).arg(s.recipients)),
            new QStandardItem(QString::number(s.received)),
            new QStandardItem(QString::number(s.approved)),
            new QStandardItem(QString::number(s.certificatesPrinted))};
        row.first()->setData(s.id, Qt::UserRole);
        if (s.id == keep)
            select = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (select >= 0)
        m_view->setCurrentIndex(m_model->index(select, 0));
    updateButtons();
}

void RenewalBatchDialog::showStatus(const db::RenewalBatchStatus& s)
{
    m_progress->setRange(0, std::max(1, s.recipients));
    m_progress->setValue(s.noticesGenerated);
    m_progressText->setText(tr("通知 %1 / %2 件（PDF %3 / %4）")
                                .arg(s.noticesGenerated)
                                .arg(s.recipients)
                                .arg(s.partsDone)
                                .arg(s.parts));
}

void RenewalBatchDialog::updateButtons()
{
    const qint64 id = selectedBatch();
    const db::RenewalBatchStatus* s = nullptr;
    for (const auto& b : m_list)
        if (b.id == id)
            s = &b;
    if (s && !m_run)
        showStatus(*s);
    const bool open = s && s->state == u"open"_s;
    m_notices->setEnabled(open && !m_run && !s->noticesComplete());
    m_stop->setEnabled(m_run != nullptr);
    m_cancel->setEnabled(open && !m_run);
    m_resume->setEnabled(s && !m_run && (!open || !s->noticesComplete()));
    m_certificates->setEnabled(s && !m_run && s->approved > s->certificatesPrinted);
}

bool RenewalBatchDialog::createBatch()
{
    const auto created = m_batches.create(m_programme->currentData().toString(), m_validTo->date(),
                                          m_noticeDate->date(), m_deadline->date());
    if (!created) {
        showMessage(m_batches.lastError().message, true);
        return false;
    }
    showMessage(tr("一斉更新のバッチ %1 を作成しました（対象 %2 人）。")
                    .arg(created->id)
                    .arg(created->recipients));
    return true;
}

bool RenewalBatchDialog::startNotices(const QString& directory)
{
    const qint64 id = selectedBatch();
    if (id == 0 || m_run) {
        showMessage(tr("一斉更新のバッチを選んでください。"), true);
        return false;
    }
    for (const auto& s : m_list)
        if (s.id == id) {
            m_runTotal = s.recipients;
            m_runDoneBefore = s.noticesGenerated;
        }
    m_runBatch = id;
    m_result = {};
    m_run = std::make_unique<RenewalNoticeRun>(m_session, id, directory);
    showMessage(tr("通知を作成しています…（出力先 %1）").arg(QDir::toNativeSeparators(directory)));
    updateButtons();
    QTimer::singleShot(0, this, &RenewalBatchDialog::nextPart);
    return true;
}

void RenewalBatchDialog::nextPart()
{
    if (!m_run)
        return;
    if (m_run->stopRequested()) {
        finishRun(tr("中止しました（作成済み %1 件）。「通知を作成」で続きから作成します。")
                      .arg(m_result.notices));
        return;
    }
    if (!m_run->step(m_result)) {
        if (m_result.complete)
            finishRun(tr("通知をすべて作成しました（今回 %1 件、PDF %2）。")
                          .arg(m_result.notices)
                          .arg(m_result.parts));
        else if (m_result.cancelled)
            finishRun(tr("バッチは取り消されています（今回 %1 件）。").arg(m_result.notices));
        else
            finishRun(m_result.problem);
        return;
    }
    const int done = m_runDoneBefore + m_result.notices;
    m_progress->setRange(0, std::max(1, m_runTotal));
    m_progress->setValue(done);
    m_progressText->setText(tr("通知 %1 / %2 件").arg(done).arg(m_runTotal));
    Q_EMIT partWritten(done);
    QTimer::singleShot(0, this, &RenewalBatchDialog::nextPart);
}

void RenewalBatchDialog::finishRun(const QString& text)
{
    const bool problem = !m_result.complete && !m_result.problem.isEmpty();
    m_run.reset();
    reload();
    showMessage(text, problem);
    Q_EMIT runFinished();
}

bool RenewalBatchDialog::cancelSelected(const QString& reason)
{
    const qint64 id = selectedBatch();
    if (!m_batches.cancel(id, reason)) {
        showMessage(m_batches.lastError().message, true);
        return false;
    }
    reload();
    showMessage(tr("一斉更新のバッチ %1 を取り消しました。作成済みの通知はそのままです。").arg(id));
    return true;
}

bool RenewalBatchDialog::resumeSelected()
{
    const qint64 id = selectedBatch();
    const auto left = m_batches.resume(id);
    if (!left) {
        showMessage(m_batches.lastError().message, true);
        return false;
    }
    reload();
    showMessage(
        tr("一斉更新のバッチ %1 を再開しました（未作成の通知 %2 件）。").arg(id).arg(*left));
    return true;
}

void RenewalBatchDialog::showIntake(const QString& filter)
{
    m_intakeModel->setRowCount(0);
    const qint64 id = selectedBatch();
    if (id == 0)
        return;
    const auto items = m_batches.items(id, filter, 0, 500);
    if (!items) {
        showMessage(m_batches.lastError().message, true);
        return;
    }
    for (const auto& item : *items) {
        const QString state = item.renewalApplicationId == 0       ? tr("未提出")
                              : item.renewalState == u"approved"_s ? tr("承認済み")
                              : item.renewalState == u"returned"_s ? tr("差戻し")
                                                                   : tr("受付済み");
        m_intakeModel->appendRow(
            {new QStandardItem(QString::number(item.seq)), new QStandardItem(item.recipientNumber),
             new QStandardItem(item.name), new QStandardItem(item.healthCentreName),
             new QStandardItem(item.noticeState == u"generated"_s ? tr("作成済み") : tr("未作成")),
             new QStandardItem(state)});
    }
}

int RenewalBatchDialog::printCertificates(const QString& directory)
{
    const qint64 id = selectedBatch();
    const auto items = m_batches.items(id, u"approved_unprinted"_s, 0, 1000);
    if (!items) {
        showMessage(m_batches.lastError().message, true);
        return 0;
    }
    QList<int> printed;
    QString problem;
    for (const auto& item : *items) {
        QString error;
        const auto certificate = CertificateLoader::load(m_session, item.recipientId,
                                                         item.renewalApplicationId, {}, &error);
        if (!certificate) {
            problem = error;
            break;
        }
        QSaveFile file(QDir(directory).filePath(u"renewal-%1-certificate-%2-%3.pdf"_s.arg(id)
                                                    .arg(item.seq, 6, 10, QChar(u'0'))
                                                    .arg(item.recipientNumber)));
        if (!file.open(QIODevice::WriteOnly)) {
            problem = tr("PDFファイルを作成できません: %1").arg(file.errorString());
            break;
        }
        bool ok = false;
        {
            QPdfWriter writer(&file);
            writer.setResolution(300);
            ok = CertificateRenderer(*certificate)
                     .print(writer, {PrintDocument::Certificate}, &error);
        }
        if (!ok || !file.commit()) {
            problem = ok ? file.errorString() : error;
            break;
        }
        printed << item.seq;
    }
    if (!printed.isEmpty() && !m_batches.certificatesPrinted(id, printed))
        problem = m_batches.lastError().message;
    reload();
    showMessage(
        problem.isEmpty()
            ? tr("新しい受給者証 %1 枚を出力しました。").arg(printed.size())
            : tr("%1 枚を出力したところで止まりました: %2").arg(printed.size()).arg(problem),
        !problem.isEmpty());
    return int(printed.size());
}

} // namespace kohi::app
