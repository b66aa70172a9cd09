#pragma once

#include "app/client/ApplicationFieldChecks.h"
#include "db/ReferenceRepository.h"

#include <QList>
#include <QObject>
#include <QString>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace kohi::app {

class CodeNameHint;

// 指定医療機関 or 指定医 on the entry form, by keyboard: the field holds the code; typing part of a
// code or a name opens the list of the designations in force for the programme (↓ and Enter to
// choose, the code goes into the field); the name is shown beside the code. An expired, not yet
// valid, unknown or other programme's designation cannot be chosen: it is not offered, the
// field says why, and the server refuses it too (kohi_api.application_designate).
class DesignationField : public QObject
{
    Q_OBJECT
public:
    DesignationField(QLineEdit* edit, QLabel* message, db::Designation::Kind kind,
                     QObject* parent = nullptr);

    void setDesignations(const QList<db::Designation>& all);
    void setProgramme(const QString& programme);

    // The check as the field is left (the form's LineField check).
    FieldCheck check(const QString& text) const;
    // The name for a code usable now; empty otherwise.
    QString usableName(const QString& text) const;
    // Every entry the completer offers now ("code　name（detail）").
    QStringList offered() const;

private:
    const db::Designation* find(const QString& code) const;
    void rebuild();

    QLineEdit* m_edit;
    db::Designation::Kind m_kind;
    QList<db::Designation> m_all;
    QString m_programme;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    CodeNameHint* m_hint;
};

} // namespace kohi::app
