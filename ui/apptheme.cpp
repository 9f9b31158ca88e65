// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "apptheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include "contraststyle.h"

namespace {

// Makes the application's style ContrastStyle over the style name, unless it already is: a change
// of style makes every widget restyle.
void useStyle(const QString &name)
{
    const auto *current = qobject_cast<const ContrastStyle *>(QApplication::style());
    if (current && current->baseStyle()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(name)));
}

} // namespace

QString themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::FollowSystem;
}

AppTheme::AppTheme()
{
    // What the platform gave before any window changed it (several windows may exist in tests).
    static const QString style = QApplication::style() ? QApplication::style()->name() : QString();
    static const QPalette palette = QApplication::palette();
    m_platformStyle = style;
    m_platformPalette = palette;
    useStyle(m_platformStyle); // before the window builds its widgets
}

bool AppTheme::isDark(ThemeChoice choice) const
{
    if (choice == ThemeChoice::FollowSystem)
        return m_platformPalette.color(QPalette::Window).lightnessF() < 0.5;
    return choice == ThemeChoice::Dark;
}

PlotTheme AppTheme::plotTheme(ThemeChoice choice) const
{
    return isDark(choice) ? PlotTheme::dark() : PlotTheme::light();
}

void AppTheme::apply(ThemeChoice choice)
{
    const bool dark = isDark(choice);
    if (m_applied && dark == m_appliedDark)
        return;
    // Native styles may ignore a palette; Fusion draws every control from it.
    useStyle(dark ? QStringLiteral("Fusion") : m_platformStyle);
    const QPalette palette = withContrast(dark ? darkPalette() : m_platformPalette);
    if (QApplication::palette() != palette)
        QApplication::setPalette(palette);
    m_applied = true;
    m_appliedDark = dark;
}

QPalette AppTheme::withContrast(QPalette p)
{
    constexpr double text = 4.5;
    const struct
    {
        QPalette::ColorRole foreground;
        QPalette::ColorRole background;
    } pairs[] = {{QPalette::WindowText, QPalette::Window},
                 {QPalette::Mid, QPalette::Window},
                 {QPalette::Text, QPalette::Base},
                 {QPalette::Text, QPalette::AlternateBase},
                 {QPalette::ButtonText, QPalette::Button},
                 {QPalette::ToolTipText, QPalette::ToolTipBase},
                 {QPalette::PlaceholderText, QPalette::Base},
                 {QPalette::Link, QPalette::Base},
                 {QPalette::LinkVisited, QPalette::Base}};
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[foreground, background] : pairs) {
            QColor c = readableColour(p.color(group, foreground), p.color(group, background), text);
            if (foreground == QPalette::Text) // on both grounds
                c = readableColour(c, p.color(group, QPalette::Base), text);
            p.setColor(group, foreground, c);
        }
        p.setColor(group, QPalette::Highlight,
                   readableColour(p.color(group, QPalette::Highlight),
                                  p.color(group, QPalette::HighlightedText), text));
    }
    return p;
}

QPalette AppTheme::darkPalette()
{
    // The plot's slate (#1B1E24) for views, a lighter slate for the window, text at >= 12:1, a blue
    // accent that keeps 4.5:1 behind white text; disabled text at about 4:1.
    const QColor window(0x25, 0x29, 0x31);
    const QColor base(0x1B, 0x1E, 0x24);
    const QColor alternate(0x22, 0x26, 0x2D);
    const QColor text(0xE6, 0xE8, 0xEC);
    const QColor disabled(0x8A, 0x90, 0x9C);
    const QColor button(0x2E, 0x33, 0x3C);
    const QColor highlight(0x2D, 0x6C, 0xB5);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x88, 0x77));
    p.setColor(QPalette::Light, QColor(0x3C, 0x42, 0x4D));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x39, 0x43));
    p.setColor(QPalette::Mid, QColor(0x8A, 0x90, 0x9C)); // secondary text (parameter symbols)
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0B, 0x0E));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xB4, 0x9C, 0xF0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3A, 0x40, 0x4A));
    return p;
}
