// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "exportdialog.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "cataloguetext.h"
#include "contraststyle.h"
#include "coremessage.h"

namespace {

const rx::FigureFormat formats[] = {rx::FigureFormat::Png, rx::FigureFormat::Jpeg, rx::FigureFormat::Pdf,
                                    rx::FigureFormat::Svg, rx::FigureFormat::Csv};
const rx::FigureTheme themes[] = {rx::FigureTheme::Light, rx::FigureTheme::Dark, rx::FigureTheme::Current};
const double scales[] = {1, 2, 3};

template <class T, std::size_t N> int indexOf(const T (&items)[N], T value)
{
    for (std::size_t i = 0; i < N; ++i)
        if (items[i] == value)
            return static_cast<int>(i);
    return 0;
}

QString settingsKey(const char *name)
{
    return QStringLiteral("export/") + QLatin1String(name);
}

} // namespace

ExportDialog::ExportDialog(const QString &currentTitle, const QString &description, QWidget *parent)
    : QDialog(parent), m_description(description)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Figure"));
    auto *form = new QFormLayout;

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("export.preset"));
    m_preset->addItem(tr("Custom"));
    for (const rx::FigurePreset &p : rx::figurePresets())
        m_preset->addItem(catalogueText(p.name), QString::fromStdString(p.name));
    form->addRow(tr("&Preset:"), m_preset);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("export.format"));
    m_format->addItems(
        {tr("PNG image"), tr("JPEG image"), tr("PDF document"), tr("SVG drawing"), tr("CSV data")});
    form->addRow(tr("&Format:"), m_format);

    auto makeSpin = [this](const QString &name, double max) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(0.01, max);
        spin->setKeyboardTracking(false);
        return spin;
    };
    m_width = makeSpin(QStringLiteral("export.width"), rx::maxFigurePixels);
    m_height = makeSpin(QStringLiteral("export.height"), rx::maxFigurePixels);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("export.unit"));
    m_unit->addItems({tr("px"), tr("in"), tr("cm")});
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addWidget(m_unit);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, size);

    m_dpi = makeSpin(QStringLiteral("export.dpi"), 2000);
    m_dpi->setRange(24, 2000);
    m_dpi->setDecimals(0);
    m_dpi->setSuffix(tr(" dpi"));
    form->addRow(tr("&Resolution:"), m_dpi);
    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("export.scale"));
    m_scale->addItems({tr("1x"), tr("2x"), tr("3x")});
    form->addRow(tr("S&cale:"), m_scale);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("export.theme"));
    m_theme->addItems({tr("Light"), tr("Dark"), tr("As on screen")});
    form->addRow(tr("&Theme:"), m_theme);
    for (QDoubleSpinBox **spin : {&m_fontSize, &m_lineWidth}) {
        *spin = makeSpin(spin == &m_fontSize ? QStringLiteral("export.fontSize")
                                             : QStringLiteral("export.lineWidth"),
                         rx::maxFigurePoints);
        (*spin)->setRange(0, rx::maxFigurePoints);
        (*spin)->setDecimals(1);
        (*spin)->setSingleStep(0.5);
        (*spin)->setSuffix(tr(" pt"));
        (*spin)->setSpecialValueText(tr("As in the window"));
    }
    form->addRow(tr("Te&xt size:"), m_fontSize);
    form->addRow(tr("&Line width:"), m_lineWidth);
    m_legend = new QComboBox(this);
    m_legend->setObjectName(QStringLiteral("export.legend"));
    m_legend->addItems({tr("Best place"), tr("Outside the plot"), tr("None"), tr("Upper left"),
                        tr("Upper right"), tr("Lower left"), tr("Lower right")});
    form->addRow(tr("Le&gend:"), m_legend);
    m_transparent = new QCheckBox(tr("Transparent &background"), this);
    m_transparent->setObjectName(QStringLiteral("export.transparent"));
    form->addRow(QString(), m_transparent);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("export.title"));
    m_title->setPlaceholderText(currentTitle);
    form->addRow(tr("T&itle:"), m_title);
    m_captionOn = new QCheckBox(tr("Caption &under the plot:"), this);
    m_captionOn->setObjectName(QStringLiteral("export.captionOn"));
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("export.caption"));
    m_caption->setPlaceholderText(description);
    form->addRow(m_captionOn, m_caption);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("export.summary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Resulting figure size"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    const struct
    {
        QWidget *widget;
        QString name;
        QString description;
    } described[] = {
        {m_preset, tr("Preset"), tr("A ready-made size for slides or papers; Custom keeps your own.")},
        {m_format, tr("File format"),
         tr("An image (PNG, JPEG), a document (PDF, SVG), or the sampled curves (CSV).")},
        {m_width, tr("Width"), tr("The figure's width in the chosen unit.")},
        {m_height, tr("Height"), tr("The figure's height in the chosen unit.")},
        {m_unit, tr("Size unit"),
         tr("Pixels, inches or centimetres; the numbers convert so the size stays.")},
        {m_dpi, tr("Resolution"), tr("Dots per inch of a size in inches or centimetres; 300 for print.")},
        {m_scale, tr("Scale"), tr("Pixels per logical pixel of a size in pixels: 2x and 3x are sharper.")},
        {m_theme, tr("Theme"), tr("Light or dark colours, or as the window shows them now.")},
        {m_fontSize, tr("Text size"),
         tr("Tick labels and legend in points of the printed figure; 8 for a paper, 0 for the window's.")},
        {m_lineWidth, tr("Line width"),
         tr("Curve width in points of the printed figure; 0 for the window's.")},
        {m_legend, tr("Legend"),
         tr("Where the legend goes: inside where it hides no curve (else outside), outside, "
            "none, or a corner.")},
        {m_transparent, tr("Transparent background"), tr("No background colour; PNG and SVG only.")},
        {m_title, tr("Title"), tr("The title above the plot; empty keeps the function names.")},
        {m_captionOn, tr("Caption under the plot"), tr("Add one line of text under the plot.")},
        {m_caption, tr("Caption"), tr("The caption's text; empty uses the description of the plot.")},
        {buttons->button(QDialogButtonBox::Ok), tr("Export"), tr("Choose the file and save the figure.")},
        {buttons->button(QDialogButtonBox::Cancel), tr("Cancel"), tr("Close without saving.")},
    };
    for (const auto &d : described) {
        d.widget->setAccessibleName(d.name);
        d.widget->setAccessibleDescription(d.description);
    }

    restore();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            applyPreset(m_preset->itemData(index).toString());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::onUnitChanged);
    for (QDoubleSpinBox *spin : {m_width, m_height, m_dpi, m_fontSize, m_lineWidth})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::onEdited);
    for (QComboBox *box : {m_scale, m_theme, m_legend})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::onEdited);
    connect(m_transparent, &QCheckBox::toggled, this, &ExportDialog::onEdited);
    connect(m_captionOn, &QCheckBox::toggled, m_caption, &QWidget::setEnabled);
    onFormatChanged();
    onUnitChanged();
}

ExportDialog::Unit ExportDialog::unit() const
{
    return static_cast<Unit>(m_unit->currentIndex());
}

double ExportDialog::unitsPerInch() const
{
    return unit() == Unit::Inches ? 1.0 : unit() == Unit::Centimetres ? 2.54 : rx::logicalDpi;
}

rx::FigureOptions ExportDialog::options() const
{
    rx::FigureOptions o;
    o.format = formats[std::max(0, m_format->currentIndex())];
    // Logical pixels are 1/96 in whatever the unit; in inches or cm the DPI sets the scale.
    const double toLogical = rx::logicalDpi / unitsPerInch();
    o.width = std::max(1, static_cast<int>(std::lround(m_width->value() * toLogical)));
    o.height = std::max(1, static_cast<int>(std::lround(m_height->value() * toLogical)));
    o.scale = unit() == Unit::Pixels ? scales[std::max(0, m_scale->currentIndex())]
                                     : m_dpi->value() / rx::logicalDpi;
    o.theme = themes[std::max(0, m_theme->currentIndex())];
    o.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    if (m_fontSize->value() > 0)
        o.fontSize = m_fontSize->value();
    if (m_lineWidth->value() > 0)
        o.lineWidth = m_lineWidth->value();
    o.legend = rx::legendPlacements().at(static_cast<std::size_t>(std::max(0, m_legend->currentIndex())));
    o.title = m_title->text().toStdString();
    if (m_captionOn->isChecked())
        o.caption = (m_caption->text().isEmpty() ? m_description : m_caption->text()).toStdString();
    return o;
}

void ExportDialog::setOptions(const rx::FigureOptions &o)
{
    m_applying = true;
    m_format->setCurrentIndex(indexOf(formats, o.format));
    const bool whole = o.scale == 1 || o.scale == 2 || o.scale == 3;
    // Sizes that are whole logical pixels at a whole scale show in pixels; others in inches at a DPI.
    m_unit->setCurrentIndex(whole ? 0 : 1);
    m_lastUnit = unit();
    const double perLogical = unitsPerInch() / rx::logicalDpi;
    m_width->setDecimals(whole ? 0 : 2);
    m_height->setDecimals(whole ? 0 : 2);
    m_width->setValue(o.width * perLogical);
    m_height->setValue(o.height * perLogical);
    m_scale->setCurrentIndex(whole ? static_cast<int>(o.scale) - 1 : 0);
    m_dpi->setValue(rx::figureDpi(o.scale));
    m_theme->setCurrentIndex(indexOf(themes, o.theme));
    m_transparent->setChecked(o.transparent);
    m_fontSize->setValue(o.fontSize.value_or(0));
    m_lineWidth->setValue(o.lineWidth.value_or(0));
    const auto &legends = rx::legendPlacements();
    m_legend->setCurrentIndex(
        static_cast<int>(std::find(legends.begin(), legends.end(), o.legend) - legends.begin()));
    m_title->setText(QString::fromStdString(o.title));
    m_captionOn->setChecked(!o.caption.empty());
    m_caption->setText(
        QString::fromStdString(o.caption) == m_description ? QString() : QString::fromStdString(o.caption));
    m_caption->setEnabled(m_captionOn->isChecked());
    m_applying = false;
    onFormatChanged();
    onUnitChanged();
}

void ExportDialog::applyPreset(const QString &name)
{
    const rx::FigurePreset *p = rx::findFigurePreset(name.toStdString());
    if (!p)
        return;
    rx::FigureOptions o = options();
    p->applyTo(o);
    if (p->setsFormat)
        o.format = p->options.format;
    setOptions(o);
    m_applying = true;
    m_preset->setCurrentIndex(m_preset->findData(QString::fromStdString(p->name)));
    m_applying = false;
}

void ExportDialog::onUnitChanged()
{
    // Convert the shown numbers so the figure keeps its size.
    if (!m_applying && unit() != m_lastUnit) {
        const double factor = unitsPerInch() / (m_lastUnit == Unit::Inches        ? 1.0
                                                : m_lastUnit == Unit::Centimetres ? 2.54
                                                                                  : rx::logicalDpi);
        m_applying = true;
        const int decimals = unit() == Unit::Pixels ? 0 : 2;
        const double w = m_width->value() * factor, h = m_height->value() * factor;
        const double max = rx::maxFigurePixels * unitsPerInch() / rx::logicalDpi;
        m_width->setMaximum(max); // before the values, or the old unit's maximum clamps them
        m_height->setMaximum(max);
        m_width->setDecimals(decimals);
        m_height->setDecimals(decimals);
        m_width->setValue(w);
        m_height->setValue(h);
        m_applying = false;
    }
    m_lastUnit = unit();
    const bool pixels = unit() == Unit::Pixels;
    m_scale->setEnabled(pixels);
    m_dpi->setEnabled(!pixels);
    const double max = rx::maxFigurePixels * unitsPerInch() / rx::logicalDpi;
    m_width->setMaximum(max);
    m_height->setMaximum(max);
    onEdited();
}

void ExportDialog::onFormatChanged()
{
    const rx::FigureFormat f = formats[std::max(0, m_format->currentIndex())];
    m_transparent->setEnabled(f == rx::FigureFormat::Png || f == rx::FigureFormat::Svg);
    const bool image = f != rx::FigureFormat::Csv;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_theme, m_title, m_captionOn, m_fontSize, m_lineWidth, m_legend})
        w->setEnabled(image);
    m_caption->setEnabled(image && m_captionOn->isChecked());
    onEdited();
}

void ExportDialog::onEdited()
{
    if (m_applying)
        return;
    // Any change by hand makes the choice a custom one.
    if (m_preset->currentIndex() > 0) {
        const rx::FigurePreset *p = rx::findFigurePreset(m_preset->currentData().toString().toStdString());
        if (!p || !p->heldBy(options())) {
            m_applying = true;
            m_preset->setCurrentIndex(0);
            m_applying = false;
        }
    }
    updateSummary();
}

void ExportDialog::updateSummary()
{
    const rx::FigureOptions o = options();
    const std::string problem = rx::figureProblem(o);
    if (!problem.empty()) {
        // A red that keeps 4.5:1 on the dialog's ground in either theme.
        const QColor red = readableColour(QColor(0xC0, 0x39, 0x2B), palette().color(QPalette::Window), 4.5);
        m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(red.name(), coreMessage(problem).toHtmlEscaped()));
        m_summary->setAccessibleName(tr("Cannot export: %1").arg(coreMessage(problem)));
        return;
    }
    m_summary->setText(tr("%1 × %2 pixels; %3 × %4 in at %5 dpi")
                           .arg(rx::figurePixels(o.width, o.scale))
                           .arg(rx::figurePixels(o.height, o.scale))
                           .arg(o.width / rx::logicalDpi, 0, 'f', 2)
                           .arg(o.height / rx::logicalDpi, 0, 'f', 2)
                           .arg(rx::figureDpi(o.scale), 0, 'f', 0));
    // A fixed accessible name would hide the size from screen readers; plain text, no markup.
    m_summary->setAccessibleName(tr("Resulting figure size: %1").arg(m_summary->text()));
}

void ExportDialog::remember() const
{
    const rx::FigureOptions o = options();
    QSettings settings;
    settings.setValue(settingsKey("format"), QString::fromUtf8(rx::figureFormatName(o.format).data()));
    settings.setValue(settingsKey("width"), o.width);
    settings.setValue(settingsKey("height"), o.height);
    settings.setValue(settingsKey("scale"), o.scale);
    settings.setValue(settingsKey("theme"), m_theme->currentIndex());
    settings.setValue(settingsKey("transparent"), o.transparent);
    settings.setValue(settingsKey("fontSize"), o.fontSize.value_or(0));
    settings.setValue(settingsKey("lineWidth"), o.lineWidth.value_or(0));
    settings.setValue(settingsKey("legend"), QString::fromUtf8(rx::legendPlacementName(o.legend).data()));
    settings.setValue(settingsKey("title"), m_title->text());
    settings.setValue(settingsKey("captionOn"), m_captionOn->isChecked());
    settings.setValue(settingsKey("caption"), m_caption->text());
    settings.setValue(settingsKey("unit"), m_unit->currentIndex());
    settings.setValue(settingsKey("preset"), m_preset->currentIndex());
}

void ExportDialog::restore()
{
    const QSettings settings;
    rx::FigureOptions o;
    const auto format =
        rx::figureFormatFromName(settings.value(settingsKey("format")).toString().toStdString());
    o.format = format.value_or(rx::FigureFormat::Png);
    o.width = std::clamp(settings.value(settingsKey("width"), o.width).toInt(), 1, rx::maxFigurePixels);
    o.height = std::clamp(settings.value(settingsKey("height"), o.height).toInt(), 1, rx::maxFigurePixels);
    const double scale = settings.value(settingsKey("scale"), 1.0).toDouble();
    o.scale = std::isfinite(scale) && scale > 0 && scale <= 20 ? scale : 1.0;
    o.theme = themes[std::clamp(settings.value(settingsKey("theme"), 0).toInt(), 0, 2)];
    o.transparent = settings.value(settingsKey("transparent"), false).toBool();
    for (const auto &[key, target] :
         {std::pair{"fontSize", &o.fontSize}, std::pair{"lineWidth", &o.lineWidth}}) {
        const double points = settings.value(settingsKey(key), 0.0).toDouble();
        if (std::isfinite(points) && points > 0 && points <= rx::maxFigurePoints)
            *target = points;
    }
    o.legend = rx::legendPlacementFromName(settings.value(settingsKey("legend")).toString().toStdString())
                   .value_or(rx::LegendPlacement::Best);
    o.title = settings.value(settingsKey("title")).toString().toStdString();
    if (settings.value(settingsKey("captionOn"), false).toBool()) {
        const QString caption = settings.value(settingsKey("caption")).toString();
        o.caption = (caption.isEmpty() ? m_description : caption).toStdString();
    }
    setOptions(o);
    m_applying = true;
    const int unitIndex =
        std::clamp(settings.value(settingsKey("unit"), m_unit->currentIndex()).toInt(), 0, 2);
    m_applying = false;
    m_unit->setCurrentIndex(unitIndex);
    onUnitChanged();
    m_applying = true;
    m_preset->setCurrentIndex(
        std::clamp(settings.value(settingsKey("preset"), 0).toInt(), 0, m_preset->count() - 1));
    m_applying = false;
}
