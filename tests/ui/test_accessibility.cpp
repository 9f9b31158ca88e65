// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <set>

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>

#include "reluexplorer/numbers.h"
#include "ui/exportdialog.h"
#include "ui/tracepanel.h"
#include "uitest.h"

namespace {

// What a screen reader gets for widget: its accessible name and description (Qt falls back to a
// button's text, a buddy label and the tool tip).
QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which).trimmed() : QString();
}

bool isControl(QWidget *widget)
{
    // A spin box's line edit is part of the spin box, which has the names.
    if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
        return false;
    // A widget with a focus proxy hands focus (and the names) to the proxy, which is checked itself.
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
           widget->isVisibleTo(widget->window()) && !qobject_cast<QScrollArea *>(widget);
}

void requireNamedAndDescribed(QWidget *root)
{
    const QRegularExpression markup(QStringLiteral("<(b|br|i|span|sup)\\b|&lt;|&gt;"));
    int controls = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() != root || !isControl(widget)) // not a combo box's popup list
            continue;
        ++controls;
        // On Linux a combo box's accessible name is its current text, so it needs its own.
        const QString name = qobject_cast<QComboBox *>(widget) ? widget->accessibleName()
                                                               : accessibleText(widget, QAccessible::Name);
        const QString description = accessibleText(widget, QAccessible::Description);
        INFO("control: " << widget->metaObject()->className() << " " << widget->objectName().toStdString()
                         << " name: " << name.toStdString() << " description: " << description.toStdString());
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(description.isEmpty());
        CHECK_FALSE(description.contains(markup)); // plain text, not a rich tool tip
        if (qEnvironmentVariableIsSet("RX_LIST_ACCESSIBLE"))
            qInfo("%s | %s | %s", qPrintable(widget->objectName()), qPrintable(name),
                  qPrintable(description));
    }
    CHECK(controls > 5);
}

} // namespace

TEST_CASE("every control of the window has an accessible name and description", "[ui][accessibility]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "gelu", "selu", "prelu"}; // a choice, two parameters, a reset-all button
    state.family = {true, "prelu", "weight", 0, 0.5, 4};
    w.window.setState(state);
    w.settle();
    requireNamedAndDescribed(&w.window);
}

TEST_CASE("every control of the export dialog has an accessible name and description", "[ui][accessibility]")
{
    ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    requireNamedAndDescribed(&dialog);
}

TEST_CASE("Tab reaches every control of the side panel", "[ui][keyboard][accessibility]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "gelu", "selu", "prelu"};
    rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.5); // enables its reset button
    w.window.setState(state);
    w.settle();
    std::set<QWidget *> wanted;
    for (QWidget *widget : w.find<QWidget>(QStringLiteral("sidePanel"))->findChildren<QWidget *>())
        if (isControl(widget) && widget->isEnabled())
            wanted.insert(widget);
    REQUIRE(wanted.size() > 10);

    w.find<QWidget>(QStringLiteral("functionList"))->setFocus();
    std::set<QWidget *> visited;
    for (int i = 0; i < 150 && visited.size() < wanted.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus != nullptr);
        if (wanted.count(focus))
            visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (QWidget *widget : wanted) {
        INFO("not reached: " << widget->objectName().toStdString());
        CHECK(visited.count(widget) == 1);
    }
}

TEST_CASE("the tracer's values reach screen readers when it moves", "[ui][trace][accessibility]")
{
    // QAccessible is inactive offscreen (no screen reader), so its events cannot be watched here;
    // readoutChanged is what sends them (TracePanel::setTrace).
    Window w;
    auto *trace = w.find<TracePanel>(QStringLiteral("tracePanel"));
    QSignalSpy announced(trace, &TracePanel::readoutChanged);
    QWidget *surface = w.plotSurface();
    surface->setFocus();
    QTest::mouseMove(surface, surface->mapFrom(w.plot(), w.plot()->pixelFor(1, 1).toPoint()));
    QTest::keyClick(surface, Qt::Key_Right);
    const double x = w.plot()->traceX();
    REQUIRE(std::isfinite(x));

    const QString n = QString::fromStdString(rx::formatNumber(x));
    const QString expected =
        QStringLiteral("x = %1; ReLU: f(x) = %1, f′(x) = 1; PReLU: f(x) = %1, f′(x) = 1").arg(n);
    CHECK(trace->readout() == expected);
    CHECK(accessibleText(trace, QAccessible::Name) == QStringLiteral("Tracer readout"));
    CHECK(accessibleText(trace, QAccessible::Description) == expected);
    CHECK(accessibleText(surface, QAccessible::Description) == expected); // the focused plot says it too
    REQUIRE(announced.count() >= 2);
    CHECK(announced.last().at(0).toString() == expected);
    const auto before = announced.count();
    QTest::keyClick(surface, Qt::Key_Left);
    CHECK(announced.count() == before + 1);
    CHECK(
        trace->readout().startsWith(QStringLiteral("x = %1; ReLU: f(x) = ")
                                        .arg(QString::fromStdString(rx::formatNumber(w.plot()->traceX())))));
    CHECK(trace->readout() != expected);

    // The table's cells and headers say what they hold.
    auto *table = w.find<QTableWidget>(QStringLiteral("trace.table"));
    CHECK(table->item(0, 1)
              ->data(Qt::AccessibleTextRole)
              .toString()
              .startsWith(QStringLiteral("ReLU: f(x) = ")));
    CHECK(table->horizontalHeaderItem(2)->data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("Derivative f′(x)"));

    // Leaving the plot: the hint again, on the panel and the plot.
    QTest::mouseMove(surface, QPoint(1, 1));
    w.settle();
    CHECK_FALSE(accessibleText(surface, QAccessible::Description).startsWith(QStringLiteral("x =")));
}
