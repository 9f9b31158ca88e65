// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "builtinimages.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPointer>

QPixmap readBuiltinPng(const QString &path)
{
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false); // no plugin is asked: the format given is used as it is
    return QPixmap::fromImage(reader.read());
}

namespace {

class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(const QStyle *base, QStyle::StandardPixmap which) : m_base(base), m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    // size is in device pixels here; the icon's own engine gets the same once the logical size is
    // scaled again.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // A standard icon is never null; answering without reading keeps a layout's question from reading.
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("DeferredStandardIcon"); }
    QIconEngine *clone() const override { return new DeferredStandardIcon(*this); }

private:
    const QIcon &icon()
    {
        if (!m_read) {
            const QStyle *style = m_base ? m_base.data() : QApplication::style();
            m_icon = style ? style->standardIcon(m_which) : QIcon();
            m_read = true;
        }
        return m_icon;
    }

    QPointer<const QStyle> m_base;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_read = false;
};

} // namespace

QIcon deferredStandardIcon(const QStyle *base, QStyle::StandardPixmap which)
{
    return QIcon(new DeferredStandardIcon(base, which));
}
