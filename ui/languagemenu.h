// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <QMenu>

class QActionGroup;

/// View > Language: follow the system, English, 简体中文 (each language named in itself). The
/// actions are "action.languageSystem", "action.language.en", "action.language.zh_CN".
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// Checks the entry of choice ("" for the system) without emitting.
    void setChoice(const QString &choice);

signals:
    /// The user picked an entry: "" (the system), "en" or "zh_CN".
    void languageChosen(const QString &choice);

private:
    QActionGroup *m_group;
};
