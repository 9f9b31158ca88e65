// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "sessioncontroller.h"

#include <utility>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>

#include "appsettings.h"
#include "coremessage.h"

namespace {

QString suffix()
{
    return QString::fromLatin1(rx::sessionFileSuffix.data(),
                               static_cast<qsizetype>(rx::sessionFileSuffix.size()));
}

QString filter()
{
    return SessionController::tr("ReLU Explorer sessions (*.%1);;All files (*)").arg(suffix());
}

QString startFolder(const QString &current, const QStringList &recent)
{
    if (!current.isEmpty())
        return QFileInfo(current).absolutePath();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

std::string tooLarge(const QString &path)
{
    return SessionController::tr("%1 is too large for a session file (over %2)")
        .arg(path, QLocale::c().formattedDataSize(maxSessionFileBytes, 0))
        .toStdString();
}

} // namespace

rx::StateReadResult readSessionFile(const QString &path)
{
    rx::StateReadResult result;
    result.state = rx::defaultState();
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists()) {
        result.error = SessionController::tr("%1 does not exist").arg(path).toStdString();
    } else if (info.isDir()) {
        result.error = SessionController::tr("%1 is a folder").arg(path).toStdString();
    } else if (info.size() > maxSessionFileBytes) {
        result.error = tooLarge(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            SessionController::tr("cannot read %1: %2").arg(path, file.errorString()).toStdString();
    } else {
        const QByteArray text = file.read(maxSessionFileBytes + 1);
        if (text.size() > maxSessionFileBytes) {
            result.error = tooLarge(path);
            return result;
        }
        result =
            rx::sessionFromJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        if (!result.ok())
            result.error = SessionController::tr("%1: ").arg(path).toStdString() + result.error;
    }
    return result;
}

QString writeSessionFile(const QString &path, const rx::ExplorerState &state)
{
    const QByteArray bytes = QByteArray::fromStdString(rx::sessionToJson(state) + "\n");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SessionController::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return SessionController::tr("cannot write %1: %2").arg(path, why);
    }
    if (!file.commit())
        return SessionController::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

SessionController::SessionController(QWidget *window, std::function<rx::ExplorerState()> state,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_state(std::move(state))
{
    m_reporter = [this](const QString &title, const QString &text) {
        QMessageBox::warning(m_window, title, text);
    };
    m_prompt = [this](const QString &name) {
        return QMessageBox::warning(m_window, tr("Unsaved changes"),
                                    tr("The session %1 has changes that are not saved. Save them?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    };
}

bool SessionController::isModified() const
{
    return m_modified;
}

QString SessionController::windowTitle() const
{
    if (m_path.isEmpty())
        return tr("ReLU Explorer");
    return tr("%1[*] — ReLU Explorer").arg(QFileInfo(m_path).fileName());
}

void SessionController::report(const QString &title, const QString &message)
{
    emit errorReported(message);
    if (m_reporter)
        m_reporter(title, message);
}

bool SessionController::openPath(const QString &path)
{
    const rx::StateReadResult read = readSessionFile(path);
    if (!read.ok()) {
        report(tr("Cannot open the session"),
               tr("The session was not opened; nothing was changed.\n\n%1").arg(coreMessage(read.error)));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_saved = read.state;
    remember(m_path);
    emit stateLoaded(read.state);
    stateChanged();
    emit documentChanged();
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool SessionController::saveToPath(const QString &path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + suffix();
    const rx::ExplorerState state = m_state();
    if (const QString problem = writeSessionFile(target, state); !problem.isEmpty()) {
        report(tr("Cannot save the session"), problem);
        return false;
    }
    m_path = QFileInfo(target).absoluteFilePath();
    m_saved = state;
    remember(m_path);
    stateChanged();
    emit documentChanged();
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool SessionController::applyToken(const QString &token)
{
    const rx::StateReadResult read = rx::stateFromToken(token.toStdString());
    if (!read.ok()) {
        report(tr("Cannot paste the state"),
               tr("The state was not changed: %1.").arg(coreMessage(read.error)));
        return false;
    }
    emit tokenPasted(read.state);
    emit message(tr("State pasted"));
    return true;
}

bool SessionController::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_prompt(QFileInfo(m_path).fileName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void SessionController::setRecentFiles(const QStringList &files)
{
    m_recent = files.mid(0, maxRecentFiles);
    rebuildRecentMenu();
}

void SessionController::attachRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    rebuildRecentMenu();
}

void SessionController::remember(const QString &path)
{
    m_recent.removeAll(path);
    m_recent.prepend(path);
    m_recent = m_recent.mid(0, maxRecentFiles);
    rebuildRecentMenu();
}

void SessionController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < m_recent.size(); ++i) {
        const QString path = m_recent[i];
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] {
                                                      if (maybeSave())
                                                          openPath(path);
                                                  });
        action->setObjectName(QStringLiteral("action.recent.%1").arg(i));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!m_recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the list"), this, [this] { setRecentFiles({}); });
    clear->setObjectName(QStringLiteral("action.clearRecent"));
    clear->setEnabled(!m_recent.isEmpty());
    m_recentMenu->setEnabled(true);
}

void SessionController::acceptDrops(QWidget *window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QList<QUrl> urls = drop->mimeData() ? drop->mimeData()->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.front().isLocalFile() ||
        !urls.front().toLocalFile().endsWith(QLatin1Char('.') + suffix(), Qt::CaseInsensitive))
        return QObject::eventFilter(watched, event);
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop && maybeSave())
        openPath(urls.front().toLocalFile());
    return true;
}

void SessionController::open()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open a session"), startFolder(m_path, m_recent), filter());
    if (!path.isEmpty())
        openPath(path);
}

bool SessionController::save()
{
    return m_path.isEmpty() ? saveAs() : saveToPath(m_path);
}

bool SessionController::saveAs()
{
    QString start = m_path;
    if (start.isEmpty())
        start = QDir(startFolder(m_path, m_recent)).filePath(tr("lecture") + QLatin1Char('.') + suffix());
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save the session"), start, filter());
    return !path.isEmpty() && saveToPath(path);
}

void SessionController::copyState()
{
    const QString token = QString::fromStdString(rx::stateToToken(m_state()));
    QApplication::clipboard()->setText(token);
    emit message(tr("Copied the state (%1 characters): paste it with Edit > Paste state or --state")
                     .arg(token.size()));
}

bool SessionController::pasteState()
{
    return applyToken(QApplication::clipboard()->text());
}

void SessionController::stateChanged()
{
    const bool modified = !m_path.isEmpty() && !(m_state() == m_saved);
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit documentChanged();
}
