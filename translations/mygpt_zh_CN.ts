<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeLines</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>📥 Chat completion request received</source>
        <translation>📥 收到聊天补全请求</translation>
    </message>
    <message>
        <source>🔌 Client: %1, User-Agent: %2</source>
        <translation>🔌 客户端: %1, User-Agent: %2</translation>
    </message>
    <message>
        <source>🎯 Model: %1</source>
        <translation>🎯 模型: %1</translation>
    </message>
    <message>
        <source>🌊 Stream: %1</source>
        <translation>🌊 流式: %1</translation>
    </message>
    <message numerus="yes">
        <source>💬 Conversation: %n message(s)</source>
        <translation>
            <numerusform>💬 用户对话: %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>💬 Conversation:</source>
        <translation>💬 用户对话:</translation>
    </message>
    <message>
        <source>  %1. [%2]: %3</source>
        <translation>  %1. [%2]: %3</translation>
    </message>
    <message>
        <source>🚀 Starting streaming response...</source>
        <translation>🚀 开始流式响应处理...</translation>
    </message>
    <message>
        <source>🚀 Starting non-streaming response...</source>
        <translation>🚀 开始非流式响应处理...</translation>
    </message>
    <message numerus="yes">
        <source>🧠 Reasoning: %n character(s)</source>
        <translation>
            <numerusform>🧠 推理内容: %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>🧠 Reasoning: %1</source>
        <translation>🧠 推理内容: %1</translation>
    </message>
    <message>
        <source>🔧 Tool call: %1</source>
        <translation>🔧 工具调用: %1</translation>
    </message>
    <message>
        <source>🔧 Tool call: %1(%2)</source>
        <translation>🔧 工具调用: %1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>🤖 LLM response: %n character(s)</source>
        <translation>
            <numerusform>🤖 LLM响应内容: %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>🤖 LLM response: %1</source>
        <translation>🤖 LLM响应内容: %1</translation>
    </message>
    <message>
        <source>⚠️ Cancelled by the client</source>
        <translation>⚠️ 客户端已取消请求</translation>
    </message>
    <message>
        <source>❌ Error %1</source>
        <translation>❌ 错误 %1</translation>
    </message>
    <message>
        <source>❌ Error %1: %2</source>
        <translation>❌ 错误 %1: %2</translation>
    </message>
    <message>
        <source>❌ Response interrupted: %1</source>
        <translation>❌ 响应中断: %1</translation>
    </message>
    <message>
        <source>✅ Finish reason: %1</source>
        <translation>✅ 完成原因: %1</translation>
    </message>
    <message>
        <source>✨ Streaming response complete</source>
        <translation>✨ 流式响应处理完成</translation>
    </message>
    <message>
        <source>✨ Non-streaming response complete</source>
        <translation>✨ 非流式响应处理完成</translation>
    </message>
    <message>
        <source>📊 Token usage - not reported</source>
        <translation>📊 Token使用 - 上游未报告</translation>
    </message>
    <message>
        <source>📊 Token usage - input: %1, output: %2, total: %3</source>
        <translation>📊 Token使用 - 输入: %1, 输出: %2, 总计: %3</translation>
    </message>
    <message>
        <source>, cached: %1</source>
        <translation>, 缓存: %1</translation>
    </message>
    <message>
        <source>, reasoning: %1</source>
        <translation>, 推理: %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首个Token %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/秒</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>timing details after a result</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between timing details</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>cancelled by client</source>
        <translation>客户端已取消</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 in %3</source>
        <translation>%1 -&gt; %2，耗时 %3</translation>
    </message>
</context>
<context>
    <name>TextLog</name>
    <message numerus="yes">
        <source>⚠️ Log queue overflow: %n line(s) dropped</source>
        <translation>
            <numerusform>⚠️ 日志队列溢出: 丢弃了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>❌ Cannot write the log file: %1</source>
        <translation>❌ 无法写入日志文件: %1</translation>
    </message>
    <message>
        <source>❌ Cannot write log files: %1</source>
        <translation>❌ 无法写入日志文件: %1</translation>
    </message>
</context>
</TS>
