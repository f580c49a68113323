<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExchangeLines</name>
    <message numerus="yes">
        <source>💬 Conversation: %n message(s)</source>
        <translation>
            <numerusform>💬 Conversation: %n message</numerusform>
            <numerusform>💬 Conversation: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>🧠 Reasoning: %n character(s)</source>
        <translation>
            <numerusform>🧠 Reasoning: %n character</numerusform>
            <numerusform>🧠 Reasoning: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>🤖 LLM response: %n character(s)</source>
        <translation>
            <numerusform>🤖 LLM response: %n character</numerusform>
            <numerusform>🤖 LLM response: %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📥 Chat completion request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔌 Client: %1, User-Agent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🎯 Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🌊 Stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>💬 Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🚀 Starting streaming response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🚀 Starting non-streaming response...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🧠 Reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔧 Tool call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔧 Tool call: %1(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🤖 LLM response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠️ Cancelled by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Response interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✅ Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✨ Streaming response complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✨ Non-streaming response complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📊 Token usage - not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📊 Token usage - input: %1, output: %2, total: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reasoning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>timing details after a result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between timing details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLog</name>
    <message numerus="yes">
        <source>⚠️ Log queue overflow: %n line(s) dropped</source>
        <translation>
            <numerusform>⚠️ Log queue overflow: %n line dropped</numerusform>
            <numerusform>⚠️ Log queue overflow: %n lines dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>❌ Cannot write the log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❌ Cannot write log files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
