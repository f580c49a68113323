<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autostart</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>上游：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>推理 %1</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 个命中缓存</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Token：%1</translation>
    </message>
    <message>
        <source>A list of %1 item(s); the Raw tab shows them.</source>
        <translation>共 %1 项的列表；请在“原始”标签页查看。</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>未记录应答。</translation>
    </message>
    <message>
        <source>The Raw tab shows the response.</source>
        <translation>请在“原始”标签页查看响应。</translation>
    </message>
    <message>
        <source>Still streaming: this page follows the answer as it arrives.</source>
        <translation>仍在流式传输：本页会随应答到达而更新。</translation>
    </message>
    <message>
        <source>The client went away before the end: the answer is partial.</source>
        <translation>客户端提前断开：应答不完整。</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>tools: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>此请求没有请求体。</translation>
    </message>
    <message>
        <source>The request body was not recorded (content logging is off or reduced).</source>
        <translation>未记录请求体（内容记录已关闭或被缩减）。</translation>
    </message>
    <message>
        <source>The request body is not JSON, or was cut short by the content logging setting:</source>
        <translation>请求体不是 JSON，或已被内容记录设置截断：</translation>
    </message>
    <message>
        <source>This request has no messages; the Raw tab shows its body.</source>
        <translation>此请求没有消息；请在“原始”标签页查看请求体。</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>Request (from the client)</source>
        <translation>请求（来自客户端）</translation>
    </message>
    <message>
        <source>Response (to the client)</source>
        <translation>响应（发给客户端）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到请求</translation>
    </message>
    <message>
        <source>Upstream first byte</source>
        <translation>上游首字节</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>still streaming</source>
        <translation>仍在流式传输</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒 token 数</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>Cached prompt tokens</source>
        <translation>缓存命中的提示 token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>总 token</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Upstream request ID</source>
        <translation>上游请求 ID</translation>
    </message>
</context>
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
    <name>FieldChecks</name>
    <message>
        <source>Enter the upstream&apos;s base URL, e.g. https://api.openai.com/v1.</source>
        <translation>请输入上游的 Base URL，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL without query or fragment, e.g. https://api.openai.com/v1.</source>
        <translation>请输入不带查询参数和片段的 http:// 或 https:// 地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>A key is one line of printable characters without spaces.</source>
        <translation>密钥应为一行不含空格的可打印字符。</translation>
    </message>
    <message>
        <source>Enter an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.</source>
        <translation>请输入 IP 地址（127.0.0.1、::1、0.0.0.0）或 localhost。</translation>
    </message>
    <message>
        <source>Required: %1 accepts connections from the network, so clients must send this key. Press Generate.</source>
        <translation>必填：%1 会接受来自网络的连接，客户端必须发送此密钥。请点击“生成”。</translation>
    </message>
    <message>
        <source>Use at least %1 characters, or press Generate.</source>
        <translation>请至少使用 %1 个字符，或点击“生成”。</translation>
    </message>
    <message>
        <source>Enter * or origins such as http://localhost:3000, separated by commas (a port may be *).</source>
        <translation>请输入 * 或以逗号分隔的来源，例如 http://localhost:3000（端口可以是 *）。</translation>
    </message>
    <message>
        <source>Enter a proxy URL such as http://proxy:8080 or socks5://127.0.0.1:1080.</source>
        <translation>请输入代理地址，例如 http://proxy:8080 或 socks5://127.0.0.1:1080。</translation>
    </message>
    <message>
        <source>Choose a readable file with PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>请选择一个可读取的 PEM 证书文件（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>Enter a full path.</source>
        <translation>请输入完整路径。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，不是文件夹。</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>MyGPT %1 listening on %2</source>
        <translation>MyGPT %1 正在监听 %2</translation>
    </message>
    <message>
        <source>no API key configured: each client&apos;s own Authorization is forwarded</source>
        <translation>未配置 API 密钥：将转发各客户端自己的 Authorization</translation>
    </message>
    <message>
        <source>API key configured</source>
        <translation>已配置 API 密钥</translation>
    </message>
    <message>
        <source>Upstream %1, %2</source>
        <translation>上游 %1，%2</translation>
    </message>
    <message>
        <source>Settings read from %1</source>
        <translation>设置读取自 %1</translation>
    </message>
    <message>
        <source>Clients must send the access key (MYGPT_ACCESS_KEY)</source>
        <translation>客户端必须发送访问密钥（MYGPT_ACCESS_KEY）</translation>
    </message>
    <message>
        <source>Log files in %1</source>
        <translation>日志文件位于 %1</translation>
    </message>
    <message>
        <source>Request store %1</source>
        <translation>请求存储 %1</translation>
    </message>
    <message>
        <source>Request store unavailable: %1</source>
        <translation>请求存储不可用：%1</translation>
    </message>
    <message>
        <source>MyGPT stopped</source>
        <translation>MyGPT 已停止</translation>
    </message>
</context>
<context>
    <name>RawText</name>
    <message>
        <source>Request: %1 %2</source>
        <translation>请求：%1 %2</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无请求体）</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>流式传输中</translation>
    </message>
    <message>
        <source>Response: %1, server-sent events</source>
        <translation>响应：%1，服务器发送事件（SSE）</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>响应：%1</translation>
    </message>
    <message>
        <source>(no body recorded)</source>
        <translation>（未记录响应体）</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>first byte</source>
        <translation>首字节</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
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
<context>
    <name>TimeRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>mygpt::Config</name>
    <message>
        <source>unknown option %1 (see mygpt --help)</source>
        <translation>未知选项 %1（参见 mygpt --help）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see mygpt --help)</source>
        <translation>多余的参数“%1”（参见 mygpt --help）</translation>
    </message>
    <message>
        <source>--env-file needs a path</source>
        <translation>--env-file 需要一个路径</translation>
    </message>
    <message>
        <source>--headless and --windowed cannot be used together</source>
        <translation>--headless 与 --windowed 不能同时使用</translation>
    </message>
    <message>
        <source>Usage: mygpt [options]</source>
        <translation>用法：mygpt [选项]</translation>
    </message>
    <message>
        <source>MyGPT %1, a local OpenAI-compatible proxy.</source>
        <translation>MyGPT %1，本地 OpenAI 兼容代理。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Run the proxy only: no tray icon, no windows.</source>
        <translation>只运行代理：没有托盘图标，也没有窗口。</translation>
    </message>
    <message>
        <source>Use a normal window instead of the tray icon.</source>
        <translation>使用普通窗口代替托盘图标。</translation>
    </message>
    <message>
        <source>Overrides %1.</source>
        <translation>覆盖 %1。</translation>
    </message>
    <message>
        <source>Read settings from PATH instead of ./.env or %1.</source>
        <translation>从 PATH 读取设置，而不是 ./.env 或 %1。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Settings, from the environment or the .env file:</source>
        <translation>设置（来自环境变量或 .env 文件）：</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1（默认：%2）</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; environment &gt; .env &gt; saved settings &gt; defaults.</source>
        <translation>优先级：命令行 &gt; 环境变量 &gt; .env &gt; 已保存的设置 &gt; 默认值。</translation>
    </message>
    <message>
        <source>Sizes take a K, M or G suffix (1K = 1024 bytes); times are in seconds.</source>
        <translation>大小可带 K、M 或 G 后缀（1K = 1024 字节）；时间以秒为单位。</translation>
    </message>
    <message>
        <source>%1 line %2 sets unknown setting %3</source>
        <translation>%1 第 %2 行设置了未知的设置项 %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>A .env file, the line number and what is wrong there.</extracomment>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>.env %1</source>
        <translation>.env 文件 %1</translation>
    </message>
    <message>
        <source>saved settings</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <extracomment>The setting, e.g. PORT, and where its value came from; an error text follows.</extracomment>
        <translation>%1（来源：%2）</translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <extracomment>The setting, e.g. PORT, its value in quotes and where it came from; an error text follows.</extracomment>
        <translation>%1 %2（来源：%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The setting and its value, then what is wrong with it: PORT &quot;0&quot; (from the environment) is not a port number (1-65535)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>HOST %1 accepts connections from the network; set MYGPT_ACCESS_KEY so that only clients that know it can spend your API key</source>
        <translation>HOST %1 会接受来自网络的连接；请设置 MYGPT_ACCESS_KEY，使只有知道它的客户端才能使用您的 API 密钥</translation>
    </message>
    <message>
        <source>MYGPT_ACCESS_KEY is shorter than %1 characters; it is easy to guess</source>
        <translation>MYGPT_ACCESS_KEY 短于 %1 个字符，很容易被猜到</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>不是有效的 URL</translation>
    </message>
    <message>
        <source>must not contain a user name or password (the key goes in OPENAI_API_KEY)</source>
        <translation>不能包含用户名或密码（密钥请放在 OPENAI_API_KEY 中）</translation>
    </message>
    <message>
        <source>must not contain a query (?) or fragment (#)</source>
        <translation>不能包含查询参数（?）或片段（#）</translation>
    </message>
    <message>
        <source>is not * or scheme://host[:port]</source>
        <translation>不是 * 或 scheme://host[:port]</translation>
    </message>
    <message>
        <source>contains %1, which is not * or an origin such as http://localhost:3000</source>
        <translation>包含 %1，它既不是 *，也不是 http://localhost:3000 这样的来源</translation>
    </message>
    <message>
        <source>is not system, none, or a proxy URL such as http://host:port or socks5://host:port</source>
        <translation>不是 system、none，也不是 http://host:port 或 socks5://host:port 这样的代理地址</translation>
    </message>
    <message>
        <source>is not a port number (1-65535)</source>
        <translation>不是有效的端口号（1-65535）</translation>
    </message>
    <message>
        <source>is not a number of seconds (1-%1)</source>
        <translation>不是有效的秒数（1-%1）</translation>
    </message>
    <message>
        <source>is not a size (a positive number of bytes, or with a K, M or G suffix such as 32M)</source>
        <translation>不是有效的大小（应为正的字节数，或带 K、M、G 后缀，例如 32M）</translation>
    </message>
    <message>
        <source>is too large (at most %1)</source>
        <translation>过大（最大 %1）</translation>
    </message>
    <message>
        <source>is not an IP address or localhost</source>
        <translation>不是 IP 地址或 localhost</translation>
    </message>
    <message>
        <source>is not one of debug, info, warning, error</source>
        <translation>不是 debug、info、warning、error 之一</translation>
    </message>
    <message>
        <source>is not on or off</source>
        <translation>不是 on 或 off</translation>
    </message>
    <message>
        <source>is not a number of days (1-36500)</source>
        <translation>不是有效的天数（1-36500）</translation>
    </message>
    <message>
        <source>is not full, metadata or a number of characters</source>
        <translation>不是 full、metadata 或字符数</translation>
    </message>
    <message>
        <source>must be printable ASCII without spaces</source>
        <translation>必须是不含空格的可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>does not contain a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>不包含 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <source>too many errors; not a .env file?</source>
        <translation>错误太多；这真的是 .env 文件吗？</translation>
    </message>
    <message>
        <source>missing &apos;=&apos; (expected KEY=value)</source>
        <translation>缺少“=”（应为 KEY=value）</translation>
    </message>
    <message>
        <source>invalid variable name (use letters, digits and _)</source>
        <translation>变量名无效（只能使用字母、数字和 _）</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>右引号后有多余的文本</translation>
    </message>
    <message>
        <source>value is not valid UTF-8</source>
        <translation>值不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>引号没有闭合</translation>
    </message>
    <message>
        <source>larger than 1 MiB, which is not a .env file</source>
        <translation>大于 1 MiB，不像是 .env 文件</translation>
    </message>
</context>
<context>
    <name>mygpt::KeychainBackend</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service 密钥环</translation>
    </message>
    <message>
        <source>MyGPT was built without keychain support</source>
        <translation>此 MyGPT 构建未包含钥匙串支持</translation>
    </message>
</context>
<context>
    <name>mygpt::ProxyController</name>
    <message>
        <source>The settings cannot be used: %1</source>
        <translation>设置无法使用：%1</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings, or close that program and start the server again.</source>
        <translation>端口 %1 已被其他程序占用。请在“设置”中换一个端口，或关闭该程序后重新启动服务。</translation>
    </message>
    <message>
        <source>The server could not start: %1. Check the settings.</source>
        <translation>服务无法启动：%1。请检查设置。</translation>
    </message>
    <message>
        <source>No API key is set for %1. Until you enter yours in Settings, each client&apos;s own key is forwarded.</source>
        <translation>尚未为 %1 设置 API 密钥。在“设置”中填写之前，将转发各客户端自带的密钥。</translation>
    </message>
    <message>
        <source>%1 asked for an API key (401 Unauthorized). Enter your key in Settings.</source>
        <translation>%1 要求提供 API 密钥（401 未授权）。请在“设置”中填写密钥。</translation>
    </message>
    <message>
        <source>%1 refused the API key (401 Unauthorized). Check the key in Settings.</source>
        <translation>%1 拒绝了 API 密钥（401 未授权）。请在“设置”中检查密钥。</translation>
    </message>
</context>
<context>
    <name>mygpt::ProxyServer</name>
    <message>
        <source>port %1 on %2 is already in use (is MyGPT already running?)</source>
        <translation>%2 上的端口 %1 已被占用（MyGPT 是否已在运行？）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>mygpt::SecretStore</name>
    <message>
        <source>%1 could not be read from the %2: %3</source>
        <translation>无法从 %2 读取 %1：%3</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The %1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>No keychain is available in this session, so your keys are kept in %1, readable only by your user account.</source>
        <translation>当前会话中没有可用的钥匙串，因此密钥保存在 %1 中，仅您的用户账户可以读取。</translation>
    </message>
</context>
<context>
    <name>mygpt::SettingSpec</name>
    <message>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Upstream API key. Unset: forward the client&apos;s own Authorization header.</source>
        <translation>上游 API 密钥。未设置时转发客户端自己的 Authorization 头。</translation>
    </message>
    <message>
        <source>Upstream API base URL (http:// or https://).</source>
        <translation>上游 API 的 Base URL（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>Address to listen on: an IP address or localhost.</source>
        <translation>监听地址：IP 地址或 localhost。</translation>
    </message>
    <message>
        <source>Port to listen on (1-65535).</source>
        <translation>监听端口（1-65535）。</translation>
    </message>
    <message>
        <source>Key clients must send; required when HOST is not a loopback address.</source>
        <translation>客户端必须发送的密钥；HOST 不是回环地址时必须设置。</translation>
    </message>
    <message>
        <source>loopback origins only</source>
        <translation>仅限回环来源</translation>
    </message>
    <message>
        <source>Comma-separated browser origins allowed to call the proxy: * or scheme://host[:port], port may be *.</source>
        <translation>允许调用代理的浏览器来源，以逗号分隔：* 或 scheme://host[:port]，端口可以是 *。</translation>
    </message>
    <message>
        <source>Seconds to wait for the upstream&apos;s first byte.</source>
        <translation>等待上游第一个字节的秒数。</translation>
    </message>
    <message>
        <source>Seconds an upstream stream may stall.</source>
        <translation>上游流式响应允许停顿的秒数。</translation>
    </message>
    <message>
        <source>Largest request body, in bytes or with a K, M or G suffix.</source>
        <translation>请求体的大小上限，单位为字节，也可带 K、M 或 G 后缀。</translation>
    </message>
    <message>
        <source>Largest request head, in bytes or with a K, M or G suffix.</source>
        <translation>请求头的大小上限，单位为字节，也可带 K、M 或 G 后缀。</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive client connection stays open.</source>
        <translation>空闲的 keep-alive 客户端连接保持打开的秒数。</translation>
    </message>
    <message>
        <source>Seconds a client has to send a whole request head.</source>
        <translation>客户端发送完整请求头的时限（秒）。</translation>
    </message>
    <message>
        <source>Extra PEM CA certificate file to trust for the upstream.</source>
        <translation>连接上游时额外信任的 PEM CA 证书文件。</translation>
    </message>
    <message>
        <source>Outbound proxy: system (honours HTTPS_PROXY/NO_PROXY), none, http://host:port or socks5://host:port.</source>
        <translation>出站代理：system（遵循 HTTPS_PROXY/NO_PROXY）、none、http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <source>the platform&apos;s log directory</source>
        <translation>系统默认的日志目录</translation>
    </message>
    <message>
        <source>Directory for log files.</source>
        <translation>日志文件所在的目录。</translation>
    </message>
    <message>
        <source>Log level: debug, info, warning or error.</source>
        <translation>日志级别：debug、info、warning 或 error。</translation>
    </message>
    <message>
        <source>How much of prompts and answers the log files and the request store keep: full, metadata (none), or a number of characters.</source>
        <translation>日志文件和请求存储保留多少提示词与回答内容：full（完整）、metadata（不保留）或字符数。</translation>
    </message>
    <message>
        <source>the platform&apos;s data directory</source>
        <translation>系统默认的数据目录</translation>
    </message>
    <message>
        <source>Directory of the request store (requests.sqlite).</source>
        <translation>请求存储（requests.sqlite）所在的目录。</translation>
    </message>
    <message>
        <source>Keep every exchange in the request store: on or off.</source>
        <translation>是否在请求存储中保存每次交互：on 或 off。</translation>
    </message>
    <message>
        <source>Days the request store keeps an exchange.</source>
        <translation>请求存储保留每次交互的天数。</translation>
    </message>
    <message>
        <source>Largest size of the request store; the oldest exchanges go first.</source>
        <translation>请求存储的大小上限；超出时先删除最早的交互。</translation>
    </message>
    <message>
        <source>Ask upstreams for token usage in streams (hidden from clients that did not ask): on or off.</source>
        <translation>在流式响应中向上游请求 Token 用量（未请求的客户端看不到）：on 或 off。</translation>
    </message>
</context>
<context>
    <name>mygpt::UpstreamPool</name>
    <message>
        <source>cannot read CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>no PEM certificate in CA file %1</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::AppActions</name>
    <message>
        <source>&amp;Stop Server</source>
        <translation>停止服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start Server</source>
        <translation>启动服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy Endpoint URL</source>
        <translation>复制接口地址(&amp;C)</translation>
    </message>
    <message>
        <source>Open Request &amp;Log</source>
        <translation>打开请求日志(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>登录时启动(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About MyGPT</source>
        <translation>关于 MyGPT(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Restarting on %1…</source>
        <translation>正在 %1 上重启…</translation>
    </message>
    <message>
        <source>Running on %1 — no API key</source>
        <translation>运行于 %1 — 未设置 API 密钥</translation>
    </message>
    <message>
        <source>Running on %1 — API key refused</source>
        <translation>运行于 %1 — API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Running on %1 — settings invalid</source>
        <translation>运行于 %1 — 设置无效</translation>
    </message>
    <message>
        <source>Running on %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>Stopped: port %1 is in use</source>
        <translation>已停止：端口 %1 被占用</translation>
    </message>
    <message>
        <source>Stopped: the server could not start</source>
        <translation>已停止：服务无法启动</translation>
    </message>
    <message>
        <source>Stopped: the settings are invalid</source>
        <translation>已停止：设置无效</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::BarChart</name>
    <message>
        <source>No requests in this period</source>
        <translation>此期间没有请求</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ConnectionTester</name>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>连接成功：共有 %n 个可用模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upstream answered, but not with a model list. Is the base URL right?</source>
        <translation>上游有响应，但返回的不是模型列表。Base URL 是否正确？</translation>
    </message>
    <message>
        <source>The upstream answered %1 %2.</source>
        <translation>上游返回 %1 %2。</translation>
    </message>
    <message>
        <source>The upstream answered %1: %2</source>
        <translation>上游返回 %1：%2</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DesktopApp</name>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>无法更改登录时启动：%1</translation>
    </message>
    <message>
        <source>No keychain is available in this session: the keys you save will be kept in %1, readable only by your user account.</source>
        <translation>当前会话中没有可用的钥匙串：您保存的密钥将存放在 %1 中，仅您的用户账户可以读取。</translation>
    </message>
    <message>
        <source>About MyGPT</source>
        <translation>关于 MyGPT</translation>
    </message>
    <message>
        <source>MyGPT %1</source>
        <translation>MyGPT %1</translation>
    </message>
    <message>
        <source>A local OpenAI-compatible proxy: your tools call %1, MyGPT forwards to %2 with your key.

Settings: %3
Logs: %4
Qt %5</source>
        <translation>本地 OpenAI 兼容代理：您的工具调用 %1，MyGPT 使用您的密钥转发到 %2。

设置：%3
日志：%4
Qt %5</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DesktopMain</name>
    <message>
        <source>MyGPT is already running; its window was brought forward.</source>
        <translation>MyGPT 已在运行，已将其窗口切换到前台。</translation>
    </message>
    <message>
        <source>Another MyGPT holds the instance lock but does not answer.</source>
        <translation>另一个 MyGPT 持有实例锁但没有响应。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::DetailPane</name>
    <message>
        <source>the request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation>选择一个请求，查看发送了什么、返回了什么。</translation>
    </message>
    <message>
        <source>Request %1 is no longer stored.</source>
        <translation>请求 %1 已不再保存。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制%1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Timing &amp;&amp; usage</source>
        <translation>耗时与用量</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>A curl command that sends this request again through MyGPT; the key is read from $MYGPT_KEY</source>
        <translation>一条通过 MyGPT 重新发送此请求的 curl 命令；密钥从 $MYGPT_KEY 读取</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>复制回答</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Send this request again through MyGPT</source>
        <translation>通过 MyGPT 再次发送此请求</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this exchange as JSON</source>
        <translation>将此次交互保存为 JSON</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ExportRunner</name>
    <message>
        <source>The request log cannot be read.</source>
        <translation>无法读取请求日志。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::FilterBar</name>
    <message>
        <source>Search prompts and answers</source>
        <translation>搜索提示词和回答</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>全部端点</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Client error</source>
        <translation>客户端错误</translation>
    </message>
    <message>
        <source>Upstream error</source>
        <translation>上游错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Streamed or not</source>
        <translation>流式与非流式</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message numerus="yes">
        <source>❚❚ Paused (%n new)</source>
        <translation>
            <numerusform>❚❚ 已暂停（%n 条新请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 已暂停</translation>
    </message>
    <message>
        <source>New requests appear as they come; click to pause</source>
        <translation>新请求到达时立即显示；点击暂停</translation>
    </message>
    <message>
        <source>Click to show new requests again</source>
        <translation>点击恢复显示新请求</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All matching as JSON Lines…</source>
        <translation>全部匹配项导出为 JSON Lines…</translation>
    </message>
    <message>
        <source>All matching as CSV…</source>
        <translation>全部匹配项导出为 CSV…</translation>
    </message>
    <message>
        <source>Selection as JSON Lines…</source>
        <translation>所选项导出为 JSON Lines…</translation>
    </message>
    <message>
        <source>Selection as CSV…</source>
        <translation>所选项导出为 CSV…</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Open the folder with the text logs</source>
        <translation>打开文本日志所在的文件夹</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Delete every stored request</source>
        <translation>删除所有已存储的请求</translation>
    </message>
    <message>
        <source>Searches as you type from 3 characters on; press Enter to search for 1 or 2 characters (slower on a large log).</source>
        <translation>输入 3 个及以上字符时边输入边搜索；搜索 1 或 2 个字符请按回车（日志很大时较慢）。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>Start MyGPT when I log in</source>
        <translation>登录时启动 MyGPT</translation>
    </message>
    <message>
        <source>Start the server when MyGPT starts</source>
        <translation>MyGPT 启动时启动服务</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::LoggingPage</name>
    <message>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Log &amp;folder:</source>
        <translation>日志文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Prompts and answers:</source>
        <translation>提示词与回答(&amp;P)：</translation>
    </message>
    <message>
        <source>Keep them in full</source>
        <translation>完整保留</translation>
    </message>
    <message>
        <source>Keep the first characters:</source>
        <translation>只保留前若干字符：</translation>
    </message>
    <message>
        <source>Keep none (metadata only)</source>
        <translation>不保留（仅元数据）</translation>
    </message>
    <message>
        <source>How much of each prompt and answer the log files and the request log keep.</source>
        <translation>日志文件和请求日志保留每条提示词和回答的多少内容。</translation>
    </message>
    <message>
        <source>&amp;Keep requests for:</source>
        <translation>请求保留时长(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Token &amp;usage:</source>
        <translation>Token 用量(&amp;U)：</translation>
    </message>
    <message>
        <source>Ask upstreams for token usage in streams</source>
        <translation>在流式响应中向上游请求 Token 用量</translation>
    </message>
    <message>
        <source>Clients that did not ask for it do not see it.</source>
        <translation>未请求用量的客户端不会看到它。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::MainWindow</name>
    <message>
        <source>This desktop has no system tray, so MyGPT runs in this window. Closing it quits MyGPT and stops the proxy.</source>
        <translation>此桌面没有系统托盘，因此 MyGPT 在此窗口中运行。关闭窗口将退出 MyGPT 并停止代理。</translation>
    </message>
    <message>
        <source>MyGPT runs in this window (--windowed). Closing it quits MyGPT and stops the proxy.</source>
        <translation>MyGPT 在此窗口中运行（--windowed）。关闭窗口将退出 MyGPT 并停止代理。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Outbound &amp;proxy:</source>
        <translation>出站代理(&amp;P)：</translation>
    </message>
    <message>
        <source>System settings (HTTPS_PROXY, NO_PROXY…)</source>
        <translation>系统设置（HTTPS_PROXY、NO_PROXY…）</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>代理地址(&amp;U)：</translation>
    </message>
    <message>
        <source>http://proxy:8080 or socks5://127.0.0.1:1080</source>
        <translation>http://proxy:8080 或 socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>额外 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>无：仅使用系统证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::Presets</name>
    <message>
        <source>Ollama on this computer</source>
        <translation>本机 Ollama</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::RawView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in request and response…</source>
        <translation>在请求和响应中查找…</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::RequestLogWindow</name>
    <message>
        <source>Clear the request log?</source>
        <translation>清空请求日志？</translation>
    </message>
    <message>
        <source>Every stored request and answer will be deleted. The text log files are kept.</source>
        <translation>所有已存储的请求和回答都将被删除。文本日志文件会保留。</translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>The request log was cleared.</source>
        <translation>请求日志已清空。</translation>
    </message>
    <message>
        <source>Copied a curl command; set MYGPT_KEY to your local access key first (any value if there is none).</source>
        <translation>已复制 curl 命令；请先将 MYGPT_KEY 设为本地访问密钥（未设置访问密钥时可填任意值）。</translation>
    </message>
    <message>
        <source>Start the server to replay a request.</source>
        <translation>请先启动服务器再重放请求。</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>重放失败：%1</translation>
    </message>
    <message>
        <source>Replayed %1 as %2 (HTTP %3).</source>
        <translation>已将 %1 重放为 %2（HTTP %3）。</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>正在重放 %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个请求到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the requests to export first.</source>
        <translation>请先选择要导出的请求。</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>导出请求</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s)…</source>
        <translation>
            <numerusform>已导出 %n 个请求…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export request</source>
        <translation>导出请求</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requests are not stored: the request log is off in the settings (Logging).</source>
        <translation>未存储请求：设置中的请求日志已关闭（日志页）。</translation>
    </message>
    <message>
        <source>No request log: storing requests is off</source>
        <translation>没有请求日志：请求存储已关闭</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>没有符合这些筛选条件的请求。</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>还没有请求。</translation>
    </message>
    <message>
        <source>No requests yet. Point your tools at %1 and every exchange shows up here as it happens.</source>
        <translation>还没有请求。将你的工具指向 %1，每次交互都会实时显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%n 个请求中有 %1 个匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n request(s), %1 tokens</source>
        <translation>
            <numerusform>今天：%n 个请求，%1 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>MyGPT – Request Log</source>
        <translation>MyGPT – 请求日志</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SecretField</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>⚠ Other computers can reach MyGPT on %1. Only clients that send the access key are served.</source>
        <translation>⚠ 其他计算机可以通过 %1 访问 MyGPT。只有发送访问密钥的客户端才会得到服务。</translation>
    </message>
    <message>
        <source>Listen &amp;host:</source>
        <translation>监听地址(&amp;H)：</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1（仅本机）</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>访问密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>None: any local client may call MyGPT</source>
        <translation>无：本机任何客户端都可以调用 MyGPT</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make a new random access key</source>
        <translation>生成一个新的随机访问密钥</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>允许的来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Web pages on this computer only</source>
        <translation>仅本机网页</translation>
    </message>
    <message>
        <source>Browser origins allowed to call MyGPT, separated by commas: * or scheme://host[:port].</source>
        <translation>允许调用 MyGPT 的浏览器来源，以逗号分隔：* 或 scheme://host[:port]。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>MyGPT Settings</source>
        <translation>MyGPT 设置</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::SettingsForm</name>
    <message>
        <source>the environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>the .env file</source>
        <translation>.env 文件</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>In use: the value from %1. What you save here applies once that is removed.</source>
        <translation>当前生效的是来自%1的值。移除它之后，这里保存的值才会生效。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>今天 %n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mygpt::ui::UpstreamPage</name>
    <message>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>Not needed for %1</source>
        <translation>%1 不需要密钥</translation>
    </message>
    <message>
        <source>Your key for this upstream, e.g. sk-…</source>
        <translation>此上游的密钥，例如 sk-…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Base URL(&amp;B)：</translation>
    </message>
    <message>
        <source>https://api.openai.com/v1</source>
        <translation>https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Asks the upstream for its model list with this key.</source>
        <translation>使用此密钥向上游请求模型列表。</translation>
    </message>
    <message>
        <source>&amp;First-byte timeout:</source>
        <translation>首字节超时(&amp;F)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for the upstream&apos;s first byte.</source>
        <translation>等待上游返回第一个字节的最长时间。</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>空闲超时(&amp;I)：</translation>
    </message>
    <message>
        <source>How long a stream may stall mid-way.</source>
        <translation>流式响应中途允许停顿的最长时间。</translation>
    </message>
</context>
<context>
    <name>mygpt::ui::UsagePanel</name>
    <message numerus="yes">
        <source>%n request(s) · %1 tokens (%2 in, %3 out)</source>
        <translation>
            <numerusform>%n 个请求 · %1 个 token（输入 %2，输出 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;今天&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last %1 days&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;最近 %1 天&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s)</source>
        <translation>
            <numerusform>%1：%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 tokens in, %3 out</source>
        <translation>%1：输入 %2 个 token，输出 %3 个</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 tokens</source>
        <translation>
            <numerusform>%1：%n 个请求，%2 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 token 数</translation>
    </message>
    <message>
        <source>in</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Tokens per model (last %1 days)</source>
        <translation>各模型 token 用量（最近 %1 天）</translation>
    </message>
</context>
<context>
    <name>mygpt::viewer::RequestTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>流式传输中…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>~%1…</source>
        <translation>约 %1…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Upstream request ID: %1</source>
        <translation>上游请求 ID：%1</translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation>结束原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>About %n token(s) streamed so far</source>
        <translation>
            <numerusform>目前已流式输出约 %n 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them reasoning</source>
        <translation>其中 %1 个用于推理</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 个命中缓存</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个 token 的延迟</translation>
    </message>
</context>
</TS>
