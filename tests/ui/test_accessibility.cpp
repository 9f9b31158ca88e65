// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <map>
#include <set>

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>

#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "exportdialog.h"
#include "presentationmode.h"
#include "tracepanel.h"
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
           widget->isVisibleTo(widget->window());
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

    const QString n = QString::number(x, 'g', 6); // what the readout shows by default
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
    CHECK(trace->readout().startsWith(
        QStringLiteral("x = %1; ReLU: f(x) = ").arg(QString::number(w.plot()->traceX(), 'g', 6))));
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

TEST_CASE("sliders and spin boxes tell screen readers the parameter's value, range and step",
          "[ui][accessibility][parameters]")
{
    Window w; // PReLU shown and selected: weight 0.25, slider step 0.01
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(slider);
    REQUIRE(iface != nullptr);
    CHECK(iface->role() == QAccessible::Slider);
    QAccessibleValueInterface *value = iface->valueInterface();
    REQUIRE(value != nullptr);
    CHECK(value->currentValue().toDouble() == 0.25);
    CHECK(value->minimumStepSize().toDouble() == Approx(0.01));
    CHECK(value->minimumValue().toDouble() < 0.25);
    CHECK(value->maximumValue().toDouble() > 0.25);
    CHECK(slider->value() != 25); // the tick is not what is reported
    CHECK(iface->text(QAccessible::Value) == QStringLiteral("0.25"));

    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(value->currentValue().toDouble() == Approx(0.26));
    CHECK(iface->text(QAccessible::Value) == QStringLiteral("0.26"));

    auto *spin = w.find<QAbstractSpinBox>(QStringLiteral("param.prelu.weight.spin"));
    QAccessibleValueInterface *spinValue = QAccessible::queryAccessibleInterface(spin)->valueInterface();
    REQUIRE(spinValue != nullptr);
    CHECK(spinValue->currentValue().toDouble() == Approx(0.26));
    CHECK(spinValue->minimumStepSize().toDouble() == Approx(0.01));
    CHECK(spinValue->minimumValue().toDouble() == -rx::parameterLimit);
    CHECK(spinValue->maximumValue().toDouble() == rx::parameterLimit);

    // A screen reader setting the value edits the parameter like typing would.
    spinValue->setCurrentValue(0.5);
    w.settle();
    CHECK(value->currentValue().toDouble() == 0.5);
    CHECK(rx::parametersOf(w.window.state(), *rx::findActivation("prelu")).at(0) == 0.5);
}

TEST_CASE("the function list reports check boxes, expanded groups only, and focus only when it has it",
          "[ui][accessibility]")
{
    Window w; // ReLU and PReLU shown, PReLU current
    auto *list = w.find<QTreeWidget>(QStringLiteral("functionList"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
    REQUIRE(iface != nullptr);
    const int rows = list->topLevelItemCount() + static_cast<int>(rx::catalogue().size());
    REQUIRE(iface->childCount() == rows);

    int groups = 0;
    int checked = 0;
    for (int i = 0; i < rows; ++i) {
        QAccessibleInterface *row = iface->child(i);
        REQUIRE(row != nullptr);
        CHECK(iface->indexOfChild(row) == i);
        const QAccessible::State state = row->state();
        INFO("row " << row->text(QAccessible::Name).toStdString());
        if (row->role() == QAccessible::TreeItem) {
            ++groups;
            CHECK(state.expanded);
            CHECK_FALSE(state.focusable);
        } else {
            CHECK(row->role() == QAccessible::CheckBox);
            CHECK(state.checkable);
            CHECK_FALSE(state.expanded);
            CHECK_FALSE(state.focused); // the list has no focus
            checked += state.checked ? 1 : 0;
        }
    }
    CHECK(groups == list->topLevelItemCount());
    CHECK(checked == 2);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QAccessibleInterface *current = iface->focusChild();
    REQUIRE(current != nullptr);
    CHECK(current->state().focused);
    CHECK(current->text(QAccessible::Name) == list->currentItem()->text(0));
    CHECK_FALSE(current->state().checked);
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(current->state().checked);
}

TEST_CASE("Tab goes through the window as it is laid out", "[ui][keyboard][accessibility]")
{
    Window w;
    const QStringList regions{QStringLiteral("functionList"),   QStringLiteral("parameterPanel"),
                              QStringLiteral("plot"),           QStringLiteral("familyPanel"),
                              QStringLiteral("animationPanel"), QStringLiteral("infoPanel")};
    auto regionOf = [&](QWidget *widget) {
        for (int i = 0; i < regions.size(); ++i) {
            QWidget *region = w.window.findChild<QWidget *>(regions[i]);
            if (region && (region == widget || region->isAncestorOf(widget)))
                return i;
        }
        return -1;
    };
    auto *list = w.find<QWidget>(QStringLiteral("functionList"));
    list->setFocus();
    QList<int> visited{0};
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == list)
            break;
        const int region = regionOf(QApplication::focusWidget());
        INFO("focus on " << QApplication::focusWidget()->objectName().toStdString());
        REQUIRE(region >= 0);
        if (region != visited.last())
            visited << region;
    }
    CHECK(QApplication::focusWidget() == list); // round the window and back
    CHECK(visited == QList<int>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("Tab reaches the open Signal dock after the side panel, each of its controls once, and leaves it",
          "[ui][keyboard][accessibility][signal]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_I, Qt::ControlModifier);
    w.settle();
    auto *dock = w.find<QWidget>(QStringLiteral("signalDock"));
    REQUIRE(dock->isVisible());
    requireNamedAndDescribed(&w.window); // the dock's controls too, and no nameless scroll area
    std::set<QWidget *> wanted;
    for (QWidget *widget : dock->findChildren<QWidget *>())
        if (isControl(widget) && widget->isEnabled())
            wanted.insert(widget);
    REQUIRE(wanted.size() >= 6); // two sliders, the table, two sliders, He, LeCun, layers, derive
    auto *list = w.find<QWidget>(QStringLiteral("functionList"));
    auto *info = w.find<QWidget>(QStringLiteral("infoPanel"));
    list->setFocus();
    QList<QWidget *> order;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == list)
            break;
        order << QApplication::focusWidget();
    }
    REQUIRE(QApplication::focusWidget() == list); // round the window and back, not trapped in a table
    const auto firstInDock =
        std::find_if(order.begin(), order.end(), [&](QWidget *x) { return dock->isAncestorOf(x); });
    REQUIRE(firstInDock != order.end());
    REQUIRE(firstInDock != order.begin());
    CHECK(info->isAncestorOf(*(firstInDock - 1))); // after the info panel, as on screen
    for (auto it = firstInDock; it != order.end(); ++it) {
        INFO("focus on " << (*it)->objectName().toStdString());
        CHECK(dock->isAncestorOf(*it)); // the dock's controls together, the last before the list
    }
    for (QWidget *widget : wanted) {
        INFO("in the dock: " << widget->objectName().toStdString());
        CHECK(std::count(order.begin(), order.end(), widget) == 1);
    }
    // Shift+Tab from the function list goes back into the dock.
    QTest::keyClick(list, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(dock->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("a refusal is announced in presentation mode too, where the status bar is hidden",
          "[ui][accessibility][presentation]")
{
    // Showing the announcement again with the new text is what screen readers speak (QAccessible is
    // inactive offscreen, so the show events stand for the events they send).
    struct ShowCounter : QObject
    {
        int shown = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            shown += event->type() == QEvent::Show;
            return QObject::eventFilter(watched, event);
        }
    } counter;
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"prelu"};
    state.selected = "prelu";
    w.window.setState(state);
    w.settle();
    auto *announcement = w.find<QLabel>(QStringLiteral("announcement"));
    announcement->installEventFilter(&counter);
    auto refuse = [&](QWidget *panel) {
        auto *spin = panel->findChild<QWidget *>(QStringLiteral("param.prelu.weight.spin"));
        REQUIRE(spin != nullptr);
        REQUIRE(spin->isVisible());
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("abc"));
        QTest::keyClick(spin, Qt::Key_Return);
    };

    refuse(w.find<QWidget>(QStringLiteral("parameterPanel")));
    CHECK(counter.shown == 1);
    CHECK(announcement->isVisible());
    CHECK(accessibleText(announcement, QAccessible::Name).contains(QStringLiteral("'abc' is not a number")));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(announcement);
    REQUIRE(iface != nullptr);
    CHECK(iface->role() == QAccessible::Notification);

    QTest::keyClick(&w.window, Qt::Key_F5);
    w.settle();
    REQUIRE(w.window.presentation()->isActive());
    REQUIRE_FALSE(w.window.statusBar()->isVisible());
    refuse(w.find<QWidget>(QStringLiteral("presentationParameters")));
    CHECK(counter.shown == 2);
    CHECK(announcement->isVisible());
    CHECK(accessibleText(announcement, QAccessible::Name).contains(QStringLiteral("'abc' is not a number")));
    // Nothing to see: it takes no room and no click.
    CHECK(announcement->size().isEmpty());
    QTest::keyClick(&w.window, Qt::Key_Escape);
    w.settle();
}

TEST_CASE("Tab goes through the parameter editors as they are laid out: each row left to right",
          "[ui][keyboard][accessibility]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"prelu", "selu", "gelu"};                       // one parameter, two, a choice
    rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.5); // every Reset enabled
    rx::setParameter(state, *rx::findActivation("selu"), 0, 1.5);
    rx::setParameter(state, *rx::findActivation("selu"), 1, 1.5);
    rx::setParameter(state, *rx::findActivation("gelu"), 0, 1);
    w.window.setState(state);
    w.settle();
    auto *panel = w.find<QWidget>(QStringLiteral("parameterPanel"));
    auto *weightRange = w.find<QWidget>(QStringLiteral("param.prelu.weight.range"));
    REQUIRE(panel->isAncestorOf(weightRange));
    weightRange->setFocus();
    QList<QWidget *> order{weightRange};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!panel->isAncestorOf(QApplication::focusWidget()))
            break;
        order << QApplication::focusWidget();
    }
    QStringList names;
    for (QWidget *widget : order) // a spin box's line edit stands for the spin box
        names << (widget->objectName().isEmpty() ? widget->parentWidget()->objectName()
                                                 : widget->objectName());
    CHECK(names.mid(0, 4).join(QLatin1Char(' ')).toStdString() ==
          "param.prelu.weight.range param.prelu.weight.reset param.prelu.weight.slider "
          "param.prelu.weight.spin");
    REQUIRE(order.size() >= 11); // prelu 4, selu 2 x 4, gelu's reset and choice
    // Each stop is right of the one before on its row, or on a row below it.
    for (int i = 1; i < order.size(); ++i) {
        const QRect a(order[i - 1]->mapTo(&w.window, QPoint(0, 0)), order[i - 1]->size());
        const QRect b(order[i]->mapTo(&w.window, QPoint(0, 0)), order[i]->size());
        INFO(names[i - 1].toStdString() << " then " << names[i].toStdString());
        const bool sameRow = b.center().y() >= a.top() && b.center().y() <= a.bottom();
        CHECK((sameRow ? b.left() > a.left() : b.top() > a.center().y()));
    }
}

TEST_CASE("mnemonics are unique in the window, so Alt+F and Alt+V open the menus",
          "[ui][keyboard][accessibility]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"relu", "gelu", "prelu"}; // a choice parameter too
    w.window.setState(state);
    w.settle();
    QStringList texts;
    for (QAction *menu : w.window.menuBar()->actions())
        texts << menu->text();
    for (QLabel *label : w.window.findChildren<QLabel *>())
        if (label->isVisibleTo(&w.window))
            texts << label->text();
    for (QAbstractButton *button : w.window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&w.window))
            texts << button->text();
    std::map<QChar, QStringList> byKey;
    const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    for (const QString &text : texts) {
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            byKey[m.captured(1).at(0).toLower()] << text;
    }
    for (const auto &[key, owners] : byKey) {
        INFO("Alt+" << QString(key).toStdString() << ": " << owners.join(QStringLiteral(", ")).toStdString());
        CHECK(owners.size() == 1);
    }
    CHECK(byKey.count(QLatin1Char('f')) == 1);
    CHECK(byKey.count(QLatin1Char('v')) == 1);
}

TEST_CASE("combo boxes are named by their labels", "[ui][accessibility]")
{
    Window w;
    rx::ExplorerState state = w.window.state();
    state.shown = {"gelu", "relu"};
    state.selected = "gelu";
    w.window.setState(state);
    w.settle();
    for (QComboBox *combo : w.window.findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(&w.window))
            continue;
        INFO("combo box " << combo->objectName().toStdString());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(combo);
        const auto labels = iface->relations(QAccessible::Label);
        CHECK_FALSE(labels.isEmpty()); // what Orca reads as its name, rather than the current item
    }
}

TEST_CASE("the plot is a chart whose description is the readout", "[ui][accessibility][trace]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(surface);
    REQUIRE(iface != nullptr);
    CHECK(iface->role() == QAccessible::Chart);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Plot of the shown functions"));
    CHECK(iface->childCount() == 0); // the tracer's point exists once a screen reader hears a step
}

TEST_CASE("the export dialog tells screen readers the figure's size", "[ui][accessibility][export]")
{
    ExportDialog dialog(QStringLiteral("ReLU"), QStringLiteral("relu"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("export.summary"));
    REQUIRE(summary != nullptr);
    const QString name = accessibleText(summary, QAccessible::Name);
    CHECK(name.startsWith(QStringLiteral("Resulting figure size: ")));
    CHECK(name.contains(QStringLiteral(" pixels; ")));
    CHECK(name.endsWith(summary->text()));
}

TEST_CASE("no label gives screen readers markup", "[ui][accessibility]")
{
    Window w;
    const QRegularExpression markup(QStringLiteral("<(b|br|i|span|sup)\\b|&lt;|&gt;"));
    for (QLabel *label : w.window.findChildren<QLabel *>()) {
        INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK_FALSE(accessibleText(label, QAccessible::Name).contains(markup));
        CHECK_FALSE(accessibleText(label, QAccessible::Description).contains(markup));
    }
}

TEST_CASE("the formula label is read as words: e to the x, not e x", "[ui][accessibility]")
{
    Window w;
    auto *formula = w.find<QLabel>(QStringLiteral("info.formula"));
    rx::ExplorerState state = w.window.state();
    state.selected = "elu";
    w.window.setState(state);
    CHECK(formula->text().contains(QStringLiteral("<sup>"))); // what is seen keeps its superscript
    const QString name = accessibleText(formula, QAccessible::Name);
    CHECK(name == QStringLiteral("elu of x equals x if x is greater than 0, otherwise alpha times, e to "
                                 "the x, minus 1"));
    CHECK(accessibleText(formula, QAccessible::Description) == QStringLiteral("Formula of ELU"));
    for (const rx::Activation &f : rx::catalogue()) {
        INFO(f.id);
        state.selected = f.id;
        w.window.setState(state);
        const QString spoken = accessibleText(formula, QAccessible::Name);
        CHECK(spoken.contains(QStringLiteral(" of x equals ")));
        CHECK_FALSE(spoken.contains(QRegularExpression(QStringLiteral("[<>&=·−]"))));
        CHECK(spoken != formula->text());
    }
    state.selected.clear();
    w.window.setState(state);
    CHECK(accessibleText(formula, QAccessible::Name).isEmpty());
}
