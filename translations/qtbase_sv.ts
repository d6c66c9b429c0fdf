<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts in Swedish, for a system whose Qt has no qtbase_sv (Debian's Qt 6.4):
     the standard dialog buttons, the wizard's buttons and the message box's details button.
     Loaded only when the system has no Swedish qtbase (rd::loadQtTranslations). -->
<TS version="2.1" language="sv_SE">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Spara</translation></message>
    <message><source>Save All</source><translation>Spara alla</translation></message>
    <message><source>Open</source><translation>Öppna</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ja</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ja till &amp;alla</translation></message>
    <message><source>&amp;No</source><translation>&amp;Nej</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;ej till alla</translation></message>
    <message><source>Abort</source><translation>Avbryt</translation></message>
    <message><source>Retry</source><translation>Försök igen</translation></message>
    <message><source>Ignore</source><translation>Ignorera</translation></message>
    <message><source>Close</source><translation>Stäng</translation></message>
    <message><source>Cancel</source><translation>Avbryt</translation></message>
    <message><source>Discard</source><translation>Förkasta</translation></message>
    <message><source>Help</source><translation>Hjälp</translation></message>
    <message><source>Apply</source><translation>Verkställ</translation></message>
    <message><source>Reset</source><translation>Återställ</translation></message>
    <message><source>Restore Defaults</source><translation>Återställ standardvärden</translation></message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>&amp;OK</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Spara</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Avbryt</translation></message>
    <message><source>&amp;Close</source><translation>&amp;Stäng</translation></message>
    <message><source>Close without Saving</source><translation>Stäng utan att spara</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Visa detaljer…</translation></message>
    <message><source>Hide Details...</source><translation>Dölj detaljer…</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>Go Back</source><translation>Gå tillbaka</translation></message>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Tillbaka</translation></message>
    <message><source>Continue</source><translation>Fortsätt</translation></message>
    <message><source>&amp;Next</source><translation>&amp;Nästa</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Nästa &gt;</translation></message>
    <message><source>Commit</source><translation>Verkställ</translation></message>
    <message><source>Done</source><translation>Klar</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Slutför</translation></message>
    <message><source>Cancel</source><translation>Avbryt</translation></message>
    <message><source>Help</source><translation>Hjälp</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Hjälp</translation></message>
</context>
</TS>
