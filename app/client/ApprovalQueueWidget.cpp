#include "app/client/ApprovalQueueWidget.h"

#include "app/client/ApplicationComparisonModel.h"
#include "app/client/ApplicationQueueModel.h"
#include "app/client/BenefitLabels.h"
#include "app/client/CorrectionRequestDialog.h"
#include "app/client/RejectionDialog.h"
#include "app/client/ReturnReasonDialog.h"
#include "db/ApplicationRepository.h"
#include "db/RecipientRepository.h"
#include "db/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QTableView* tableView(const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Tab leaves the table (arrows walk it): the keyboard path goes on to the decision buttons.
    view->setTabKeyNavigation(false);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

// The certification currently in force: the latest approved application of the recipient.
QJsonObject currentCertification(const db::RecipientDetail& recipient)
{
    for (const db::RecipientApplication& a : recipient.applications) {
        if (a.state != u"approved"_s)
            continue;
        QJsonObject o{{u"disease_code"_s, a.diseaseCode},
                      {u"income_tier"_s, a.incomeTier},
                      {u"special_case"_s, a.specialCase},
                      {u"valid_from"_s, a.validFrom.toString(Qt::ISODate)},
                      {u"valid_to"_s, a.validTo.toString(Qt::ISODate)}};
        if (a.monthlyCap)
            o.insert(u"monthly_cap"_s, *a.monthlyCap);
        return o;
    }
    return {};
}

} // namespace

ApprovalQueueWidget::ApprovalQueueWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_queue(new ApplicationQueueModel(session, this)),
      m_comparison(new ApplicationComparisonModel(this))
{
    setObjectName(u"approvalQueue"_s);
    setWindowTitle(tr("承認"));
    db::ApplicationRepository repository(session);
    m_masters.load(repository); // without masters the comparison shows codes

    m_programmeFilter = new QComboBox(this);
    m_programmeFilter->setObjectName(u"programmeFilter"_s);
    m_programmeFilter->addItem(tr("すべての制度"), QString());
    for (const QString& p : {u"54"_s, u"52"_s, u"17"_s})
        m_programmeFilter->addItem(programmeLabel(p), p);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->addItem(tr("すべての区分"), QString());
    for (const QString& k : {u"new"_s, u"renewal"_s, u"change"_s})
        m_kindFilter->addItem(applicationKindLabel(k), k);
    auto* refreshButton = new QPushButton(tr("再読込(&F)"), this);
    refreshButton->setObjectName(u"refreshButton"_s);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("制度"), this));
    filters->addWidget(m_programmeFilter);
    filters->addWidget(new QLabel(tr("区分"), this));
    filters->addWidget(m_kindFilter);
    filters->addStretch(1);
    filters->addWidget(refreshButton);

    m_queueView = tableView(u"queueView"_s, this);
    m_queueView->setModel(m_queue);
    m_queueView->setColumnWidth(ApplicationQueueModel::IdColumn, 70);
    m_queueView->setColumnWidth(ApplicationQueueModel::ProgrammeColumn, 170);
    m_queueView->setColumnWidth(ApplicationQueueModel::KindColumn, 50);
    m_count = new QLabel(this);
    m_count->setObjectName(u"queueCount"_s);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_queueView, 1);
    leftLayout->addWidget(m_count);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"applicationHeading"_s);
    m_heading->setWordWrap(true);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"mineNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #8a5a00;"_s);
    m_comparisonView = tableView(u"comparisonView"_s, this);
    m_comparisonView->setModel(m_comparison);
    // Every column visible at any width: the values share what the labels and mark leave.
    QHeaderView* header = m_comparisonView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ApplicationComparisonModel::FieldColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationComparisonModel::CurrentColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationComparisonModel::AfterColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationComparisonModel::ChangedColumn,
                                 QHeaderView::ResizeToContents);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"applicationProblems"_s);
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 5);
    m_problems->setVisible(false);
    m_approveButton = new QPushButton(tr("承認(&A)"), this);
    m_approveButton->setObjectName(u"approveButton"_s);
    m_returnButton = new QPushButton(tr("差戻し(&R)…"), this);
    m_returnButton->setObjectName(u"returnButton"_s);
    m_returnButton->setToolTip(
        tr("担当者に戻します（理由は内部のもので、申請者には送られません）"));
    m_correctionButton = new QPushButton(tr("補正依頼(&E)…"), this);
    m_correctionButton->setObjectName(u"correctionButton"_s);
    m_correctionButton->setToolTip(tr("申請者に補正を求めます（補正依頼書を印刷します）"));
    m_rejectButton = new QPushButton(tr("不認定(&D)…"), this);
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_registerButton = new QPushButton(tr("登録者証(&G)…"), this);
    m_registerButton->setObjectName(u"registerButton"_s);
    m_registerButton->setToolTip(
        tr("重症度分類等のみを満たさない場合: 医療費は不認定とし、登録者証を交付します"));
    m_decision = new QLabel(this);
    m_decision->setObjectName(u"decisionMessage"_s);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* decide = new QHBoxLayout;
    decide->addWidget(m_returnButton);
    decide->addWidget(m_correctionButton);
    decide->addStretch(1);
    decide->addWidget(m_rejectButton);
    decide->addWidget(m_registerButton);
    decide->addWidget(m_approveButton);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_comparisonView, 1);
    rightLayout->addWidget(m_problems);
    rightLayout->addLayout(decide);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_decision);

    connect(m_programmeFilter, &QComboBox::currentIndexChanged, this,
            &ApprovalQueueWidget::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ApprovalQueueWidget::applyFilter);
    connect(refreshButton, &QPushButton::clicked, this, &ApprovalQueueWidget::refresh);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalQueueWidget::showSelected);
    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalQueueWidget::approve);
    connect(m_returnButton, &QPushButton::clicked, this, &ApprovalQueueWidget::returnToClerk);
    connect(m_correctionButton, &QPushButton::clicked, this,
            &ApprovalQueueWidget::requestCorrection);
    connect(m_rejectButton, &QPushButton::clicked, this, &ApprovalQueueWidget::reject);
    connect(m_registerButton, &QPushButton::clicked, this, &ApprovalQueueWidget::issueRegistration);
    resize(1100, 640);
    applyFilter();
}

ApprovalQueueWidget::~ApprovalQueueWidget() = default;

void ApprovalQueueWidget::applyFilter()
{
    m_queue->setFilter({u"submitted"_s, m_programmeFilter->currentData().toString(),
                        m_kindFilter->currentData().toString()});
    refresh();
}

void ApprovalQueueWidget::refresh()
{
    const std::optional<qint64> keep = m_currentId;
    if (!m_queue->refresh()) {
        showDecision(m_queue->errorMessage(), true);
    }
    m_count->setText(m_queue->rowCount() == 0 ? tr("承認待ちの申請はありません。")
                                              : tr("承認待ち %L1 件").arg(m_queue->rowCount()));
    clearDetail();
    if (keep)
        selectApplication(*keep);
}

bool ApprovalQueueWidget::selectApplication(qint64 applicationId)
{
    int row = m_queue->rowOf(applicationId);
    while (row < 0 && m_queue->canFetchMore({})) {
        m_queue->fetchMore({});
        row = m_queue->rowOf(applicationId);
    }
    if (row < 0)
        return false;
    m_queueView->setCurrentIndex(m_queue->index(row, 0));
    m_queueView->scrollTo(m_queue->index(row, 0));
    return m_currentId == applicationId;
}

qint64 ApprovalQueueWidget::currentApplicationId() const
{
    return m_currentId.value_or(0);
}

QString ApprovalQueueWidget::decisionMessage() const
{
    return m_decision->text();
}

void ApprovalQueueWidget::showSelected()
{
    const QModelIndex index = m_queueView->currentIndex();
    if (!index.isValid()) {
        clearDetail();
        return;
    }
    const qint64 id = m_queue->data(index, ApplicationQueueModel::ApplicationIdRole).toLongLong();
    db::ApplicationRepository repository(m_session);
    const auto view = repository.get(id);
    if (!view) {
        clearDetail();
        showDecision(repository.lastError().message, true);
        return;
    }
    showApplication(*view);
}

void ApprovalQueueWidget::showApplication(const db::ApplicationView& view)
{
    m_currentId = view.id;
    m_currentVersion = view.version;
    m_currentKind = view.kind;
    const QString name = (view.form.familyName + u'　' + view.form.givenName).trimmed();
    m_currentLabel = tr("申請番号 %1（%2）").arg(view.id).arg(name);
    m_heading->setText(
        tr("申請番号 %1　%2　%3\n%4（%5）　入力: %6")
            .arg(view.id)
            .arg(applicationKindLabel(view.kind), programmeLabel(view.programme), name,
                 (view.form.familyNameKana + u'　' + view.form.givenNameKana).trimmed(),
                 view.lastChangedBy == view.enteredBy
                     ? view.enteredBy
                     : u"%1 / %2"_s.arg(view.enteredBy, view.lastChangedBy)));
    m_notice->setText(view.mine ? tr("この申請はあなたが入力または変更したものです。"
                                     "承認・不認定・差戻しなどの決定は別の承認者が行います。")
                                : QString());
    m_notice->setVisible(view.mine);

    QJsonObject currentRecipient;
    QJsonObject currentCert;
    if (view.kind != u"new"_s) {
        currentRecipient = view.current;
        db::RecipientRepository recipients(m_session);
        if (const auto detail = recipients.get(view.recipientId))
            currentCert = currentCertification(*detail);
    }
    m_comparison->setComparison(currentRecipient, view.after, currentCert, view.application,
                                &m_masters);
    m_problems->clear();
    for (const QString& p : view.problems)
        m_problems->addItem(p);
    m_problems->setVisible(!view.problems.isEmpty());
    for (QPushButton* b : {m_approveButton, m_returnButton, m_correctionButton, m_rejectButton})
        b->setEnabled(true);
    // 登録者証 exist for 指定難病 and 小児慢性 only (the server refuses others too). A
    // 登録者証-only application is decided by issuing it: no 受給者証, no 不認定 before it.
    const bool registrationOnly = view.kind == u"registration"_s;
    m_approveButton->setText(registrationOnly ? tr("登録者証を交付(&A)") : tr("承認(&A)"));
    m_registerButton->setEnabled(!registrationOnly &&
                                 (view.programme == u"54"_s || view.programme == u"52"_s));
}

void ApprovalQueueWidget::clearDetail()
{
    m_currentId.reset();
    m_currentVersion = 0;
    m_currentLabel.clear();
    m_currentKind.clear();
    m_approveButton->setText(tr("承認(&A)"));
    m_heading->setText(tr("左の一覧から申請を選んでください。"));
    m_notice->clear();
    m_notice->setVisible(false);
    m_comparison->clear();
    m_problems->clear();
    m_problems->setVisible(false);
    for (QPushButton* b :
         {m_approveButton, m_returnButton, m_correctionButton, m_rejectButton, m_registerButton})
        b->setEnabled(false);
}

void ApprovalQueueWidget::showDecision(const QString& text, bool error)
{
    m_decision->setText(text);
    m_decision->setStyleSheet(error ? u"color: #b00020; font-weight: bold;"_s
                                    : u"color: #1b5e20;"_s);
}

QString ApprovalQueueWidget::approvalSummary() const
{
    QStringList lines{m_heading->text(), QString()};
    int shown = 0;
    for (int row = 0; row < m_comparison->rowCount(); ++row) {
        const QModelIndex changed =
            m_comparison->index(row, ApplicationComparisonModel::FieldColumn);
        if (!changed.data(ApplicationComparisonModel::ChangedRole).toBool())
            continue;
        if (++shown > 12) {
            lines << tr("ほか %1 項目").arg(m_comparison->changedKeys().size() - 12);
            break;
        }
        lines << tr("%1: %2").arg(
            changed.data().toString(),
            m_comparison->index(row, ApplicationComparisonModel::AfterColumn).data().toString());
    }
    return lines.join(u'\n');
}

bool ApprovalQueueWidget::confirmApproval()
{
    if (m_confirm)
        return m_confirm(approvalSummary());
    QMessageBox box(QMessageBox::Question, tr("承認の確認"),
                    tr("次の内容で承認します。よろしいですか。"), QMessageBox::NoButton, this);
    box.setObjectName(u"approvalConfirm"_s);
    box.setInformativeText(approvalSummary());
    QPushButton* yes = box.addButton(tr("承認する(&Y)"), QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(tr("やめる(&N)"), QMessageBox::RejectRole);
    box.setDefaultButton(yes);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void ApprovalQueueWidget::selectRowAfterDecision(int row)
{
    // The next application moves into the decided one's row: the approver goes straight on.
    if (m_queue->rowCount() == 0)
        return;
    const QModelIndex next = m_queue->index(std::min(row, m_queue->rowCount() - 1), 0);
    m_queueView->setCurrentIndex(next);
    m_queueView->scrollTo(next);
    m_queueView->setFocus();
}

bool ApprovalQueueWidget::approve()
{
    if (!m_currentId)
        return false;
    if (m_currentKind == u"registration"_s)
        return issueRegistrationOnly();
    if (!confirmApproval())
        return false;
    const qint64 id = *m_currentId;
    const int row = m_queue->rowOf(id);
    db::ApplicationRepository repository(m_session);
    const auto number = repository.approve(id, m_currentVersion);
    if (!number) {
        showDecision(tr("承認できませんでした: %1").arg(repository.lastError().message), true);
        if (repository.lastError().isConflict())
            refresh(); // decided or changed meanwhile: show the queue as it is now
        return false;
    }
    showDecision(tr("申請番号 %1 を承認しました。受給者番号: %2").arg(id).arg(*number), false);
    m_currentId.reset();
    refresh();
    selectRowAfterDecision(row);
    Q_EMIT approved(id, *number);
    return true;
}

bool ApprovalQueueWidget::confirmDecision(const QString& title, const QString& question,
                                          const QString& yes, const QStringList& details)
{
    QStringList lines{m_heading->text(), QString()};
    lines << details;
    const QString summary = lines.join(u'\n');
    if (m_confirm)
        return m_confirm(question + u'\n' + summary);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(u"decisionConfirm"_s);
    box.setInformativeText(summary);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(tr("やめる(&N)"), QMessageBox::RejectRole);
    box.setDefaultButton(yesButton);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yesButton;
}

void ApprovalQueueWidget::decisionDone(int row, const QString& message)
{
    showDecision(message, false);
    m_currentId.reset();
    refresh();
    selectRowAfterDecision(row);
}

void ApprovalQueueWidget::decisionRefused(const QString& what, const db::ApiError& error)
{
    showDecision(tr("%1できませんでした: %2").arg(what, error.message), true);
    if (error.isConflict())
        refresh(); // decided or changed meanwhile: show the queue as it is now
}

bool ApprovalQueueWidget::returnToClerk()
{
    if (!m_currentId)
        return false;
    const qint64 id = *m_currentId;
    const int row = m_queue->rowOf(id);
    const std::optional<QString> reason = ReturnReasonDialog::ask(m_currentLabel, this);
    if (!reason)
        return false;
    db::ApplicationRepository repository(m_session);
    if (!repository.returnToClerk(id, m_currentVersion, *reason)) {
        decisionRefused(tr("差戻し"), repository.lastError());
        return false;
    }
    decisionDone(row, tr("申請番号 %1 を差し戻しました。").arg(id));
    Q_EMIT returned(id);
    return true;
}

bool ApprovalQueueWidget::requestCorrection()
{
    if (!m_currentId)
        return false;
    const qint64 id = *m_currentId;
    const int row = m_queue->rowOf(id);
    const auto input = CorrectionRequestDialog::ask(m_currentLabel, this);
    if (!input)
        return false;
    QStringList details{tr("申請者に求める補正: %1").arg(input->applicantText)};
    if (!input->internalNote.isEmpty())
        details << tr("内部メモ（印刷されません）: %1").arg(input->internalNote);
    if (!confirmDecision(tr("補正依頼の確認"),
                         tr("申請者に補正を依頼します（補正依頼書を印刷します）。よろしいですか。"),
                         tr("補正を依頼する(&Y)"), details))
        return false;
    db::ApplicationRepository repository(m_session);
    if (!repository.requestCorrection(id, m_currentVersion, input->applicantText,
                                      input->internalNote)) {
        decisionRefused(tr("補正依頼"), repository.lastError());
        return false;
    }
    decisionDone(row,
                 tr("申請番号 %1 について申請者に補正を依頼しました。補正依頼書は受給者の画面から"
                    "印刷できます。")
                     .arg(id));
    Q_EMIT decided(id, u"returned"_s);
    return true;
}

bool ApprovalQueueWidget::issueRegistrationOnly()
{
    const qint64 id = *m_currentId;
    const int row = m_queue->rowOf(id);
    if (!confirmDecision(tr("登録者証の交付の確認"),
                         tr("登録者証のみの申請です。登録者証を交付します（医療費の助成はありませ"
                            "ん）。よろしいですか。"),
                         tr("登録者証を交付する(&Y)"), {}))
        return false;
    db::ApplicationRepository repository(m_session);
    const auto from = repository.issueRegistration(id, m_currentVersion, {});
    if (!from) {
        decisionRefused(tr("登録者証の交付"), repository.lastError());
        return false;
    }
    decisionDone(row, tr("申請番号 %1 に登録者証（%2から有効）を交付しました。登録者証交付通知書と"
                         "登録者証は受給者の画面から印刷できます。")
                          .arg(id)
                          .arg(longDateLabel(*from)));
    Q_EMIT decided(id, u"registered"_s);
    return true;
}

bool ApprovalQueueWidget::reject()
{
    return rejectOrRegister(false);
}

bool ApprovalQueueWidget::issueRegistration()
{
    return rejectOrRegister(true);
}

bool ApprovalQueueWidget::rejectOrRegister(bool registration)
{
    if (!m_currentId)
        return false;
    const qint64 id = *m_currentId;
    const int row = m_queue->rowOf(id);
    const auto input = RejectionDialog::ask(m_currentLabel, registration, this);
    if (!input)
        return false;
    QStringList details{tr("審査会の開催日: %1").arg(longDateLabel(input->councilDate)),
                        tr("不認定の理由（通知書に印刷）: %1").arg(input->reasons)};
    if (!input->internalNote.isEmpty())
        details << tr("内部メモ（印刷されません）: %1").arg(input->internalNote);
    const bool confirmed =
        registration
            ? confirmDecision(
                  tr("登録者証の確認"),
                  tr("医療費の助成は不認定とし、登録者証を交付します。よろしいですか。"),
                  tr("登録者証を交付する(&Y)"), details)
            : confirmDecision(tr("不認定の確認"), tr("この申請を不認定とします。よろしいですか。"),
                              tr("不認定とする(&Y)"), details);
    if (!confirmed)
        return false;
    db::ApplicationRepository repository(m_session);
    if (registration) {
        const auto from = repository.registerPatient(id, m_currentVersion, input->councilDate,
                                                     input->reasons, input->internalNote);
        if (!from) {
            decisionRefused(tr("登録者証の交付"), repository.lastError());
            return false;
        }
        decisionDone(row, tr("申請番号 %1 を不認定とし、登録者証（%2から有効）を交付しました。")
                              .arg(id)
                              .arg(longDateLabel(*from)));
        Q_EMIT decided(id, u"registered"_s);
        return true;
    }
    if (!repository.reject(id, m_currentVersion, input->councilDate, input->councilResult,
                           input->reasons, input->internalNote)) {
        decisionRefused(tr("不認定"), repository.lastError());
        return false;
    }
    decisionDone(row, tr("申請番号 %1 を不認定としました。").arg(id));
    Q_EMIT decided(id, u"rejected"_s);
    return true;
}

} // namespace kohi::app
