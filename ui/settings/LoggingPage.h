#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mygpt::ui {

// What MyGPT keeps: log folder, how much of prompts and answers, for how long, and whether
// token usage is asked for in streams.
class LoggingPage final : public SettingsPage
{
    Q_OBJECT

public:
    enum ContentMode { FullContent, TruncatedContent, MetadataOnly };

    explicit LoggingPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SavedSettings &saved) override;
    void store(SavedSettings &saved) const override;
    void retranslate() override;

private:
    void browseLogDir();

    QLineEdit *m_logDir;
    QPushButton *m_browse;
    QComboBox *m_content;
    QSpinBox *m_contentChars;
    QSpinBox *m_retention;
    QCheckBox *m_streamUsage;
    QLabel *m_logDirLabel;
    QLabel *m_contentLabel;
    QLabel *m_retentionLabel;
    QLabel *m_streamUsageLabel;
};

} // namespace mygpt::ui
