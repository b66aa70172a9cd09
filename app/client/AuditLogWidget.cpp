#include "app/client/AuditLogWidget.h"

#include "app/client/AuditLogModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringEncoder>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr int kExportPageSize = 1000; // the server's maximum page

// RFC 4180: quote a field that holds a comma, quote, CR or LF; double inner quotes. A field that
// Excel would read as a formula (= + - @, tab, CR) gets a leading apostrophe: the log holds
// client-supplied text (terminal names, search conditions), which must not run on an auditor's PC.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\r') ||
        value.contains(u'\n')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(u',') + u"\r\n"_s;
}

QString detailsText(const QJsonObject& details, QJsonDocument::JsonFormat format)
{
    return QString::fromUtf8(QJsonDocument(details).toJson(format)).trimmed();
}

} // namespace

AuditLogWidget::AuditLogWidget(const db::Session& session, Mode mode, QWidget* parent)
    : QWidget(parent), m_session(session), m_mode(mode)
{
    const bool all = mode == Mode::AllStaff;
    m_model = new AuditLogModel(session,
                                all ? db::AuditLogRepository::Scope::AllStaff
                                    : db::AuditLogRepository::Scope::OwnHistory,
                                this);

    const QDateTime startOfToday = QDateTime(QDate::currentDate(), QTime(0, 0));
    m_from = new QDateTimeEdit(startOfToday.addDays(-7), this);
    m_from->setObjectName(u"fromEdit"_s);
    m_to = new QDateTimeEdit(startOfToday.addDays(1), this);
    m_to->setObjectName(u"toEdit"_s);
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setCalendarPopup(true);
    }
    m_login = new QLineEdit(this);
    m_login->setObjectName(u"loginEdit"_s);
    m_terminal = new QLineEdit(this);
    m_terminal->setObjectName(u"terminalEdit"_s);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"actionCombo"_s);
    m_action->setEditable(true); // any code can be typed; the list offers the common ones
    m_action->addItem(tr("（すべて）"), QString());
    for (const QString& code :
         {u"login_ok"_s, u"login_failed"_s, u"account_locked"_s, u"session_begin"_s, u"idle_lock"_s,
          u"idle_unlock"_s, u"password_change"_s, u"recipient_search"_s, u"recipient_view"_s,
          u"mynumber_reveal"_s, u"mynumber_register"_s, u"mynumber_confirm"_s, u"audit_search"_s,
          u"audit_export"_s})
        m_action->addItem(AuditLogModel::actionLabel(code), code);
    m_target = new QLineEdit(this);
    m_target->setObjectName(u"targetEdit"_s);
    m_target->setPlaceholderText(tr("例: recipient:123"));
    m_programme = new QLineEdit(this);
    m_programme->setObjectName(u"programmeEdit"_s);
    m_programme->setPlaceholderText(tr("法別番号（例: 54）"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"outcomeCombo"_s);
    m_outcome->addItem(tr("（すべて）"), QString());
    for (const QString& code : {u"ok"_s, u"refused"_s, u"failed"_s})
        m_outcome->addItem(AuditLogModel::outcomeLabel(code), code);

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("〜"), this));
    period->addWidget(m_to);
    period->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("期間"), period);
    if (all) {
        form->addRow(tr("ユーザー"), m_login);
        form->addRow(tr("端末"), m_terminal);
    } else {
        m_login->hide();
        m_terminal->hide();
    }
    form->addRow(tr("操作"), m_action);
    if (all) {
        form->addRow(tr("対象（受給者など）"), m_target);
        form->addRow(tr("制度"), m_programme);
        form->addRow(tr("結果"), m_outcome);
    } else {
        m_target->hide();
        m_programme->hide();
        m_outcome->hide();
    }

    m_searchButton = new QPushButton(tr("検索"), this);
    m_searchButton->setObjectName(u"searchButton"_s);
    m_searchButton->setDefault(true);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"exportEncoding"_s);
    m_encoding->addItem(tr("UTF-8（BOM付き）"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("Shift_JIS（CP932・Excel向け）"), int(CsvEncoding::Cp932));
    m_exportButton = new QPushButton(tr("CSV出力..."), this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setEnabled(false);
    // Staff reading their own history do not export: the server records exports for readers only.
    m_encoding->setVisible(all);
    m_exportButton->setVisible(all);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addStretch();
    buttons->addWidget(m_encoding);
    buttons->addWidget(m_exportButton);

    m_view = new QTableView(this);
    m_view->setObjectName(u"resultsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(u"detailPane"_s);
    m_detail->setReadOnly(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditLogWidget::search);
    for (QLineEdit* e : {m_login, m_terminal, m_target, m_programme})
        connect(e, &QLineEdit::returnPressed, this, &AuditLogWidget::search);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogWidget::exportWithDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogWidget::showDetail);
    connect(m_model, &AuditLogModel::pageLoaded, this, &AuditLogWidget::updateStatus);
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditLogWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->clear(); });
}

AuditLogWidget::~AuditLogWidget() = default;

void AuditLogWidget::showEvents(const QString& login, const QDate& day)
{
    const QTimeZone office("Asia/Tokyo");
    m_from->setDateTime(QDateTime(day, QTime(0, 0), office).toLocalTime());
    m_to->setDateTime(QDateTime(day.addDays(1), QTime(0, 0), office).toLocalTime());
    m_login->setText(login);
    m_terminal->clear();
    m_action->setCurrentIndex(0);
    m_target->clear();
    m_programme->clear();
    m_outcome->setCurrentIndex(0);
    search();
}

db::AuditFilter AuditLogWidget::filterFromForm() const
{
    db::AuditFilter f;
    f.from = m_from->dateTime();
    f.to = m_to->dateTime();
    // A listed action is searched by its code; anything typed is taken as a code.
    const int i = m_action->currentIndex();
    f.action = (i >= 0 && m_action->currentText() == m_action->itemText(i))
                   ? m_action->itemData(i).toString()
                   : m_action->currentText().trimmed();
    if (m_mode == Mode::AllStaff) {
        f.login = m_login->text().trimmed();
        f.terminal = m_terminal->text().trimmed();
        f.target = m_target->text().trimmed();
        f.programme = m_programme->text().trimmed();
        f.outcome = m_outcome->currentData().toString();
    }
    return f;
}

void AuditLogWidget::search()
{
    const db::AuditFilter f = filterFromForm();
    if (f.from.isValid() && f.to.isValid() && f.to <= f.from) {
        m_status->setText(tr("期間の終わりは始まりより後にしてください。"));
        return;
    }
    m_status->setText(tr("検索しています..."));
    m_model->search(f);
}

void AuditLogWidget::updateStatus()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_status->setText(m_model->errorMessage());
        m_exportButton->setEnabled(false);
        return;
    }
    const int rows = m_model->rowCount();
    m_status->setText(m_model->isComplete()
                          ? tr("%1 件").arg(rows)
                          : tr("%1 件以上（スクロールで続きを読み込みます）").arg(rows));
    m_exportButton->setEnabled(rows > 0);
}

void AuditLogWidget::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const db::AuditEvent& e = m_model->event(current.row());
    QString text;
    auto line = [&text](const QString& label, const QString& value) {
        text += label + u"： "_s + value + u'\n';
    };
    line(tr("連番"), QString::number(e.seq));
    line(tr("日時"), AuditLogModel::timeLabel(e.at));
    line(tr("ユーザー"), e.login);
    line(tr("接続元"), e.clientAddr);
    line(tr("端末"), e.terminalId);
    line(tr("操作"), AuditLogModel::actionLabel(e.action) + u" ("_s + e.action + u')');
    line(tr("対象"), e.target);
    line(tr("制度"), e.programme);
    line(tr("結果"), AuditLogModel::outcomeLabel(e.outcome));
    text += tr("詳細：") + u'\n' + detailsText(e.details, QJsonDocument::Indented);
    m_detail->setPlainText(text);
}

bool AuditLogWidget::exportCsv(const QString& path, CsvEncoding encoding)
{
    m_error.clear();
    if (m_mode != Mode::AllStaff) {
        m_error = tr("自分の操作履歴はCSVに出力できません。");
        return false;
    }
    const db::AuditFilter filter = m_model->filter();
    QStringEncoder encoder(encoding == CsvEncoding::Cp932 ? "CP932" : "UTF-8");
    if (!encoder.isValid()) {
        m_error =
            tr("この環境では選んだ文字コードで出力できません。UTF-8（BOM付き）を選んでください。");
        return false;
    }
    QSaveFile file(path); // nothing appears at `path` unless the whole export succeeds
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("ファイルを作成できません（%1）。保存先を確認してください。")
                      .arg(file.errorString());
        return false;
    }
    auto write = [&](const QString& text) {
        const QByteArray bytes = encoder.encode(text);
        if (encoder.hasError()) {
            m_error = tr("Shift_JIS（CP932）で表せない文字が含まれています。UTF-"
                         "8（BOM付き）で出力してください。");
            return false;
        }
        if (file.write(bytes) != bytes.size()) {
            m_error = tr("ファイルに書き込めません（%1）。").arg(file.errorString());
            return false;
        }
        return true;
    };
    if (encoding == CsvEncoding::Utf8Bom)
        file.write("\xEF\xBB\xBF");
    if (!write(
            csvLine({tr("連番"), tr("日時"), tr("ユーザー"), tr("接続元"), tr("端末"), tr("操作"),
                     tr("操作コード"), tr("対象"), tr("制度"), tr("結果"), tr("詳細")}))) {
        file.cancelWriting();
        return false;
    }

    db::AuditLogRepository repository(m_session, db::AuditLogRepository::Scope::AllStaff);
    std::optional<qint64> after;
    int rows = 0;
    for (;;) {
        const auto page = repository.page(filter, after, kExportPageSize);
        if (!page) {
            m_error = repository.lastError().message;
            file.cancelWriting();
            return false;
        }
        for (const db::AuditEvent& e : *page) {
            if (!write(csvLine({QString::number(e.seq), AuditLogModel::timeLabel(e.at), e.login,
                                e.clientAddr, e.terminalId, AuditLogModel::actionLabel(e.action),
                                e.action, e.target, e.programme,
                                AuditLogModel::outcomeLabel(e.outcome),
                                detailsText(e.details, QJsonDocument::Compact)}))) {
                file.cancelWriting();
                return false;
            }
        }
        rows += int(page->size());
        if (page->size() < kExportPageSize)
            break;
        after = page->constLast().seq;
    }

    // Recorded before the file is committed: an export the server did not log leaves no file.
    QJsonObject conditions = filter.toJson();
    conditions.insert(u"encoding"_s, encoding == CsvEncoding::Cp932 ? u"CP932"_s : u"UTF-8-BOM"_s);
    if (!repository.recordExport(conditions, rows)) {
        m_error = repository.lastError().message;
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("ファイルを保存できません（%1）。").arg(file.errorString());
        return false;
    }
    m_lastExportRows = rows;
    return true;
}

void AuditLogWidget::exportWithDialog()
{
    const auto encoding = CsvEncoding(m_encoding->currentData().toInt());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("アクセスログのCSV出力"),
        u"accesslog_%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd_HHmm"_s)),
        tr("CSVファイル (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportCsv(path, encoding))
        m_status->setText(tr("%1 件をCSVに出力しました。").arg(m_lastExportRows));
    else
        QMessageBox::warning(this, tr("CSV出力"), m_error);
}

} // namespace kohi::app
