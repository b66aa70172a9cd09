#include "app/client/DesignationField.h"

#include "app/client/CodeNameHint.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

// Puts the chosen designation's code (not the whole list text) into the field.
class CodeCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override
    {
        return index.data(CodeRole).toString();
    }
};

} // namespace

DesignationField::DesignationField(QLineEdit* edit, QLabel* message, db::Designation::Kind kind,
                                   QObject* parent)
    : QObject(parent), m_edit(edit), m_kind(kind), m_model(new QStandardItemModel(this)),
      m_completer(new CodeCompleter(m_model, this))
{
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // part of a name finds it
    m_completer->setMaxVisibleItems(8);
    m_edit->setCompleter(m_completer);
    m_hint = new CodeNameHint(
        m_edit, message, [this](const QString& text) { return usableName(text); }, this);
    // A complete code typed: the list has nothing more to offer (Enter moves on at once).
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!usableName(text).isEmpty())
            QTimer::singleShot(0, m_completer->popup(), [this] { m_completer->popup()->hide(); });
    });
}

void DesignationField::setDesignations(const QList<db::Designation>& all)
{
    m_all.clear();
    for (const db::Designation& d : all) {
        if (d.kind == m_kind)
            m_all << d;
    }
    rebuild();
}

void DesignationField::setProgramme(const QString& programme)
{
    if (programme == m_programme)
        return;
    m_programme = programme;
    rebuild();
}

void DesignationField::rebuild()
{
    m_model->clear();
    for (const db::Designation& d : std::as_const(m_all)) {
        if (!d.inForce || !d.covers(m_programme))
            continue; // cannot be chosen: not offered
        auto* item = new QStandardItem(u"%1　%2（%3）"_s.arg(d.code, d.name, d.detail));
        item->setData(d.code, CodeRole);
        m_model->appendRow(item);
    }
    m_hint->refresh();
}

QStringList DesignationField::offered() const
{
    QStringList texts;
    for (int i = 0; i < m_model->rowCount(); ++i)
        texts << m_model->item(i)->text();
    return texts;
}

const db::Designation* DesignationField::find(const QString& code) const
{
    // Full-width letters and digits (the IME is on for names) read as ASCII.
    const QString wanted = code.normalized(QString::NormalizationForm_KC).trimmed();
    for (const db::Designation& d : m_all) {
        if (d.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QString DesignationField::usableName(const QString& text) const
{
    const db::Designation* d = find(text);
    if (!d || !d->inForce || !d->covers(m_programme))
        return {};
    return m_kind == db::Designation::Kind::Doctor ? tr("%1 医師（%2）").arg(d->name, d->detail)
                                                   : d->name;
}

FieldCheck DesignationField::check(const QString& text) const
{
    FieldCheck c;
    if (text.trimmed().isEmpty())
        return c;
    const db::Designation* d = find(text);
    const QString what =
        m_kind == db::Designation::Kind::Doctor ? tr("指定医番号") : tr("指定医療機関コード");
    c.level = FieldCheck::Level::Error;
    c.savable = false; // an undesignated one cannot be named on the application at all
    if (!d) {
        c.message = tr("%1「%2」は登録されていません。名称の一部を入力して一覧から選んでください。")
                        .arg(what, text.trimmed());
    } else if (!d->covers(m_programme)) {
        c.message = tr("%1はこの制度の指定を受けていません。").arg(d->name);
    } else if (d->designatedTo < QDate::currentDate()) {
        c.message = tr("%1の指定期間は%2で終了しています。選べません。")
                        .arg(d->name, d->designatedTo.toString(u"yyyy-MM-dd"_s));
    } else if (!d->inForce) {
        c.message = tr("%1の指定は%2からです。まだ選べません。")
                        .arg(d->name, d->designatedFrom.toString(u"yyyy-MM-dd"_s));
    } else {
        c.level = FieldCheck::Level::Info;
        c.savable = true;
        c.message = usableName(text);
        c.normalized = d->code;
    }
    return c;
}

} // namespace kohi::app
