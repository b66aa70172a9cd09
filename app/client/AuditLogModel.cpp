#include "app/client/AuditLogModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString trLabel(const char* text)
{
    return QCoreApplication::translate("kohi::app::AuditLogModel", text);
}

} // namespace

AuditLogModel::AuditLogModel(const db::Session& session, db::AuditLogRepository::Scope scope,
                             QObject* parent)
    : QAbstractTableModel(parent), m_repository(session, scope)
{
}

QString AuditLogModel::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {u"login_ok"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログイン")},
        {u"login_failed"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログイン失敗")},
        {u"account_locked"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "アカウントロック")},
        {u"session_begin"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "業務開始")},
        {u"session_info"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "利用者情報の取得")},
        {u"unlock_attempts_left"_s,
         QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ロック解除の残り回数の確認")},
        {u"idle_lock"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "画面ロック")},
        {u"idle_unlock"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ロック解除")},
        {u"idle_logout"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "無操作ログアウト")},
        {u"logout"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログアウト")},
        {u"password_change"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "パスワード変更")},
        {u"recipient_search"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "受給者検索")},
        {u"recipient_view"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "受給者閲覧")},
        {u"recipient_get"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "受給者閲覧")},
        {u"mynumber_reveal"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "個人番号表示")},
        {u"mynumber_reveal_check"_s,
         QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "個人番号表示の照合")},
        {u"mynumber_register"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "個人番号登録")},
        {u"mynumber_confirm"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "個人番号照合")},
        {u"audit_search"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログ検索")},
        {u"my_audit_history"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "自分の操作履歴")},
        {u"audit_export"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログ出力")},
        {u"audit_verify"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "ログ検証")},
        {u"settings_list"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "設定の参照")},
        {u"setting_set"_s, QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "設定変更")},
    };
    if (const auto it = labels.constFind(action); it != labels.constEnd())
        return trLabel(it.value());
    // Families: the suffix names the step, the prefix the subject.
    if (action.startsWith("application_"_L1))
        return trLabel("申請") + u'（' + action.mid(12) + u'）';
    if (action.startsWith("user_"_L1))
        return trLabel("ユーザー管理") + u'（' + action.mid(5) + u'）';
    // Staff proposals (0024): staff_propose, staff_approve, staff_reject, staff_proposals.
    if (action.startsWith("staff_"_L1))
        return trLabel("ユーザー管理") + u'（' + action.mid(6) + u'）';
    // Evidence custody (0034): evidence_register, evidence_check_out, evidence_cabinet_register…
    if (action.startsWith("evidence_"_L1))
        return trLabel(QT_TRANSLATE_NOOP("kohi::app::AuditLogModel", "証拠書類の保管")) + u'（' +
               action.mid(9) + u'）';
    return action; // unknown codes are shown as they are, never hidden
}

QString AuditLogModel::outcomeLabel(const QString& outcome)
{
    if (outcome == "ok"_L1)
        return trLabel("成功");
    if (outcome == "refused"_L1)
        return trLabel("拒否");
    if (outcome == "failed"_L1)
        return trLabel("失敗");
    return outcome;
}

QString AuditLogModel::timeLabel(const QDateTime& at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void AuditLogModel::search(const db::AuditFilter& filter)
{
    beginResetModel();
    ++m_generation; // pages still queued for the previous search are now stale
    m_filter = filter;
    m_rows.clear();
    m_active = true;
    m_loading = false;
    m_complete = false;
    m_error.clear();
    endResetModel();
    requestPage();
}

void AuditLogModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_active = false;
    m_loading = false;
    m_complete = false;
    m_error.clear();
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const db::AuditEvent& e = m_rows.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == ActionCodeRole)
        return e.action;
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return timeLabel(e.at);
    case LoginColumn:
        return e.login;
    case TerminalColumn:
        return e.terminalId;
    case ActionColumn:
        return actionLabel(e.action);
    case TargetColumn:
        return e.target;
    case ProgrammeColumn:
        return e.programme;
    case OutcomeColumn:
        return outcomeLabel(e.outcome);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("日時");
    case LoginColumn:
        return tr("ユーザー");
    case TerminalColumn:
        return tr("端末");
    case ActionColumn:
        return tr("操作");
    case TargetColumn:
        return tr("対象");
    case ProgrammeColumn:
        return tr("制度");
    case OutcomeColumn:
        return tr("結果");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_complete && !m_loading && m_error.isEmpty();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void AuditLogModel::requestPage()
{
    m_loading = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] { loadPage(generation); });
}

void AuditLogModel::loadPage(quint64 generation)
{
    if (generation != m_generation)
        return; // requested for a search that has since been replaced or cleared
    std::optional<qint64> after;
    if (!m_rows.isEmpty())
        after = m_rows.constLast().seq;
    const auto page = m_repository.page(m_filter, after, m_pageSize);
    m_loading = false;
    if (!page) {
        m_error = m_repository.lastError().message;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_complete = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(page->size()), m_complete);
}

} // namespace kohi::app
