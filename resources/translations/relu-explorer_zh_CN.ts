<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationPanel</name>
    <message>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Sweep one parameter between two values; Space plays and pauses.</source>
        <translation>让一个参数在两个值之间扫动；按空格键播放或暂停。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the animation</source>
        <translation>播放或暂停动画</translation>
    </message>
    <message>
        <source>Starts or pauses the sweep of the chosen parameter (Space).</source>
        <translation>开始或暂停所选参数的扫动（空格键）。</translation>
    </message>
    <message>
        <source>Play or pause the sweep (Space here, Ctrl+P anywhere)</source>
        <translation>播放或暂停扫动（此处按空格键，任意位置按 Ctrl+P）</translation>
    </message>
    <message>
        <source>Animated parameter</source>
        <translation>动画参数</translation>
    </message>
    <message>
        <source>A numeric parameter of one of the shown functions.</source>
        <translation>已显示函数中的某个数值参数。</translation>
    </message>
    <message>
        <source>The parameter to sweep</source>
        <translation>要扫动的参数</translation>
    </message>
    <message>
        <source>&amp;Animate</source>
        <translation>动画参数(&amp;A)</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>扫动起点</translation>
    </message>
    <message>
        <source>The value the sweep starts at</source>
        <translation>扫动开始时的取值</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>扫动终点</translation>
    </message>
    <message>
        <source>The value the sweep ends at</source>
        <translation>扫动结束时的取值</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>到(&amp;O)</translation>
    </message>
    <message>
        <source>Seconds per sweep</source>
        <translation>每次扫动的秒数</translation>
    </message>
    <message>
        <source>How long one sweep from the start to the end value takes.</source>
        <translation>从起点扫到终点一次所用的时间。</translation>
    </message>
    <message>
        <source>Seconds for one sweep: smaller is faster</source>
        <translation>扫动一次的秒数：越小越快</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>in</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Loop mode</source>
        <translation>循环方式</translation>
    </message>
    <message>
        <source>Loop from the start again, go back and forth, or sweep once.</source>
        <translation>从头循环、来回往复，或只扫动一次。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Back and forth</source>
        <translation>来回往复</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>&amp;repeat</source>
        <translation>重复方式(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing to animate: the family already varies %1 %2.</source>
        <translation>没有可动画的参数：曲线族已在改变 %1 的 %2。</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>the range must be finite</source>
        <translation>范围必须是有限值</translation>
    </message>
    <message>
        <source>the range must stay within ±%1</source>
        <translation>范围必须在 ±%1 之内</translation>
    </message>
    <message>
        <source>the range must have its lower bound below its upper bound</source>
        <translation>范围的下界必须小于上界</translation>
    </message>
    <message>
        <source>the range is too narrow to show</source>
        <translation>范围太窄，无法显示</translation>
    </message>
    <message>
        <source>the scale must be a number above 0 and at most 20</source>
        <translation>缩放必须是大于 0 且不超过 20 的数</translation>
    </message>
    <message>
        <source>the width and height must be at least 1 pixel</source>
        <translation>宽度和高度至少为 1 像素</translation>
    </message>
    <message>
        <source>the image would be less than 1 pixel wide or high</source>
        <translation>图像的宽或高将不足 1 像素</translation>
    </message>
    <message>
        <source>the image would be %1x%2 pixels; at most %3 pixels a side</source>
        <translation>图像将为 %1x%2 像素；每边最多 %3 像素</translation>
    </message>
    <message>
        <source>a transparent background needs PNG or SVG</source>
        <translation>透明背景需要 PNG 或 SVG 格式</translation>
    </message>
    <message>
        <source>the font size must be a number of points above 0 and at most 72</source>
        <translation>文字大小必须是大于 0 且不超过 72 的磅数</translation>
    </message>
    <message>
        <source>the line width must be a number of points above 0 and at most 72</source>
        <translation>线宽必须是大于 0 且不超过 72 的磅数</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知的键 %1</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (it starts with a UTF-16 byte order mark); a session file is UTF-8: save it as UTF-8</source>
        <translation>该文件是 UTF-16 文本（以 UTF-16 字节顺序标记开头）；会话文件须为 UTF-8：请另存为 UTF-8</translation>
    </message>
    <message>
        <source>not a ReLU Explorer session (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是 ReLU Explorer 会话（缺少 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>version %1 is not supported (this build reads versions %2 to %3)</source>
        <translation>不支持版本 %1（此版本可读取版本 %2 到 %3）</translation>
    </message>
    <message>
        <source>not a ReLU Explorer state token (it should start with &quot;%1&quot;)</source>
        <translation>不是 ReLU Explorer 状态文本（应以 &quot;%1&quot; 开头）</translation>
    </message>
    <message>
        <source>the state token is too long</source>
        <translation>状态文本太长</translation>
    </message>
    <message>
        <source>the state token is empty after &quot;%1&quot;</source>
        <translation>状态文本在 &quot;%1&quot; 之后为空</translation>
    </message>
    <message>
        <source>the state token is damaged: %1</source>
        <translation>状态文本已损坏：%1</translation>
    </message>
</context>
<context>
    <name>DepthPlot</name>
    <message>
        <source>Signal through depth</source>
        <translation>信号随深度的传播</translation>
    </message>
    <message>
        <source>Variance (solid) and cumulative gradient gain (dashed) over the layers, on a logarithmic scale</source>
        <translation>各层的方差（实线）与累积梯度增益（虚线），对数坐标</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>q: variance</source>
        <translation>q：方差</translation>
    </message>
    <message>
        <source>χ: cumulative gradient gain</source>
        <translation>χ：累积梯度增益</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1 倍</translation>
    </message>
    <message>
        <source>2x</source>
        <translation>2 倍</translation>
    </message>
    <message>
        <source>3x</source>
        <translation>3 倍</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>与屏幕一致</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>配色(&amp;T)：</translation>
    </message>
    <message>
        <source>Transparent &amp;background</source>
        <translation>透明背景(&amp;B)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Caption &amp;under the plot:</source>
        <translation>图下说明(&amp;U)：</translation>
    </message>
    <message>
        <source>Resulting figure size</source>
        <translation>导出图像的尺寸</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>A ready-made size for slides or papers; Custom keeps your own.</source>
        <translation>适用于幻灯片或论文的现成尺寸；选“自定义”则保留你自己的设置。</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>An image (PNG, JPEG), a document (PDF, SVG), or the sampled curves (CSV).</source>
        <translation>图像（PNG、JPEG）、文档（PDF、SVG），或曲线的采样数据（CSV）。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>The figure&apos;s width in the chosen unit.</source>
        <translation>图像宽度，以所选单位计。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>The figure&apos;s height in the chosen unit.</source>
        <translation>图像高度，以所选单位计。</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>尺寸单位</translation>
    </message>
    <message>
        <source>Pixels, inches or centimetres; the numbers convert so the size stays.</source>
        <translation>像素、英寸或厘米；切换单位时数值会随之换算，尺寸保持不变。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Dots per inch of a size in inches or centimetres; 300 for print.</source>
        <translation>以英寸或厘米计尺寸时的每英寸点数；印刷用 300。</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pixels per logical pixel of a size in pixels: 2x and 3x are sharper.</source>
        <translation>以像素计尺寸时每个逻辑像素对应的像素数：2 倍和 3 倍更清晰。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the window shows them now.</source>
        <translation>浅色或深色，或与窗口当前的配色一致。</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>No background colour; PNG and SVG only.</source>
        <translation>不填充背景色；仅限 PNG 和 SVG。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The title above the plot; empty keeps the function names.</source>
        <translation>图上方的标题；留空则使用函数名。</translation>
    </message>
    <message>
        <source>Caption under the plot</source>
        <translation>图下说明</translation>
    </message>
    <message>
        <source>Add one line of text under the plot.</source>
        <translation>在图下方添加一行文字。</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>The caption&apos;s text; empty uses the description of the plot.</source>
        <translation>说明的内容；留空则使用对图的自动描述。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose the file and save the figure.</source>
        <translation>选择文件并保存图像。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>关闭且不保存。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels; %3 × %4 in at %5 dpi</source>
        <translation>%1 × %2 像素；%3 × %4 英寸，%5 dpi</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Resulting figure size: %1</source>
        <translation>导出图像的尺寸：%1</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>As in the window</source>
        <translation>与窗口相同</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>文字大小(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Line width:</source>
        <translation>线宽(&amp;L)：</translation>
    </message>
    <message>
        <source>Best place</source>
        <translation>最佳位置</translation>
    </message>
    <message>
        <source>Outside the plot</source>
        <translation>图外</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Upper left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>Upper right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>Lower left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>Lower right</source>
        <translation>右下</translation>
    </message>
    <message>
        <source>Le&amp;gend:</source>
        <translation>图例(&amp;G)：</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Tick labels and legend in points of the printed figure; 8 for a paper, 0 for the window&apos;s.</source>
        <translation>刻度标签和图例的大小，以印刷图的磅为单位；论文用 8，0 表示与窗口相同。</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <source>Curve width in points of the printed figure; 0 for the window&apos;s.</source>
        <translation>曲线宽度，以印刷图的磅为单位；0 表示与窗口相同。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Where the legend goes: inside where it hides no curve (else outside), outside, none, or a corner.</source>
        <translation>图例的位置：图内不遮挡任何曲线处（否则放在图外）、图外、无，或某个角。</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Draw a family of curves</source>
        <translation>绘制曲线族</translation>
    </message>
    <message>
        <source>Draw one function for several values of one parameter, coloured from dark to light, instead of the usual curves</source>
        <translation>取某个参数的多个值画出同一函数的多条曲线，颜色由深到浅，代替通常的曲线</translation>
    </message>
    <message>
        <source>Family function</source>
        <translation>曲线族的函数</translation>
    </message>
    <message>
        <source>The function drawn for each value</source>
        <translation>对每个取值绘制的函数</translation>
    </message>
    <message>
        <source>Family parameter</source>
        <translation>曲线族的参数</translation>
    </message>
    <message>
        <source>The parameter that takes a different value on each curve</source>
        <translation>每条曲线取不同值的参数</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>函数(&amp;U)</translation>
    </message>
    <message>
        <source>Family from</source>
        <translation>曲线族起始值</translation>
    </message>
    <message>
        <source>The parameter&apos;s value on the first curve</source>
        <translation>第一条曲线上的参数值</translation>
    </message>
    <message>
        <source>Family to</source>
        <translation>曲线族终止值</translation>
    </message>
    <message>
        <source>The parameter&apos;s value on the last curve</source>
        <translation>最后一条曲线上的参数值</translation>
    </message>
    <message>
        <source>Number of curves</source>
        <translation>曲线条数</translation>
    </message>
    <message>
        <source>How many curves, evenly spaced</source>
        <translation>曲线的条数，参数值等间距分布</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Draw a famil&amp;y of curves</source>
        <translation>绘制曲线族(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation>参数(&amp;P)</translation>
    </message>
    <message>
        <source>Curve&amp;s</source>
        <translation>条数(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the plot as PNG, JPEG, PDF, SVG or its data as CSV</source>
        <translation>将图保存为 PNG、JPEG、PDF、SVG，或将数据保存为 CSV</translation>
    </message>
    <message>
        <source>Copy &amp;plot</source>
        <translation>复制图像(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the plot as an image, to paste into slides or notes</source>
        <translation>将图复制为图像，便于粘贴到幻灯片或笔记中</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>The figure was not saved: %1</source>
        <translation>图像未保存：%1</translation>
    </message>
</context>
<context>
    <name>FunctionList</name>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Check a function to show it; the current one is described below.</source>
        <translation>勾选函数即可显示；当前选中的函数在下方有说明。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Every key of the window, searchable (F1)</source>
        <translation>窗口的所有按键，可搜索（F1）</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>The manual: the window, mouse, keys, presets, figures, sessions, command line</source>
        <translation>使用手册：窗口、鼠标、按键、预设视图、图像、会话、命令行</translation>
    </message>
    <message>
        <source>&amp;Mouse and keyboard</source>
        <translation>鼠标和键盘(&amp;M)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, Shift+drag to zoom to a box, Left/Right to trace</source>
        <translation>拖动可平移，滚轮可缩放，按住 Shift 拖动可框选放大，左/右方向键移动追踪点</translation>
    </message>
    <message>
        <source>&amp;About ReLU Explorer</source>
        <translation>关于 ReLU Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>About ReLU Explorer</source>
        <translation>关于 ReLU Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReLU Explorer&lt;/b&gt; %1&lt;br&gt;Plots the ReLU family as PyTorch computes it: values, derivatives and the conventions at the kinks.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;ReLU Explorer&lt;/b&gt; %1&lt;br&gt;按 PyTorch 的计算方式绘制 ReLU 家族：函数值、导数以及折点处的约定。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>PyTorch:</source>
        <translation>PyTorch：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the PyTorch code</source>
        <translation>复制 PyTorch 代码</translation>
    </message>
    <message>
        <source>Copy the PyTorch code for the current settings</source>
        <translation>复制对应当前设置的 PyTorch 代码</translation>
    </message>
    <message>
        <source>PyTorch code for the current settings</source>
        <translation>对应当前设置的 PyTorch 代码</translation>
    </message>
    <message>
        <source>Read only: the torch.nn module and the functional call that compute the selected function.</source>
        <translation>只读：计算所选函数的 torch.nn 模块写法和函数式调用写法。</translation>
    </message>
    <message>
        <source>Select a function in the list to read about it.</source>
        <translation>在列表中选择一个函数，即可查看它的说明。</translation>
    </message>
    <message>
        <source>Formula of %1</source>
        <translation>%1 的公式</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s language: Chinese on a Chinese system, else English</source>
        <translation>使用桌面的语言：中文系统下为中文，否则为英文</translation>
    </message>
    <message>
        <source>Show the window in %1</source>
        <translation>界面语言：%1</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LectureActions</name>
    <message>
        <source>&amp;Open session...</source>
        <translation>打开会话(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a saved session (.reluexp)</source>
        <translation>打开已保存的会话（.reluexp）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save the functions, parameters, view and options to the session file</source>
        <translation>将函数、参数、视图和选项保存到会话文件</translation>
    </message>
    <message>
        <source>Save session &amp;as...</source>
        <translation>会话另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the session to a new file</source>
        <translation>将会话保存到新文件</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Copy &amp;state</source>
        <translation>复制状态(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Copy a short text that restores this plot, for chat or slides (relu1:...)</source>
        <translation>复制一段能还原此图的短文本，可用于聊天或幻灯片（relu1:...）</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>Restore a plot from a copied state text</source>
        <translation>根据复制的状态文本还原图像</translation>
    </message>
    <message>
        <source>Reset &amp;everything to defaults</source>
        <translation>全部恢复默认(&amp;E)</translation>
    </message>
    <message>
        <source>Back to ReLU and PReLU, PyTorch&apos;s defaults, the default view and theme (undoable)</source>
        <translation>回到 ReLU 和 PReLU、PyTorch 默认参数、默认视图和配色（可撤销）</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>配色(&amp;H)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>与桌面一致，浅色或深色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark lines on white</source>
        <translation>白底深色线条</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light lines on a dark slate ground</source>
        <translation>深石板灰底浅色线条</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large fonts and lines for a lecture hall (F5; Esc leaves)</source>
        <translation>全屏显示，字体和线条加大，适合在教室投影（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>回到普通窗口</translation>
    </message>
    <message>
        <source>Play &amp;animation</source>
        <translation>播放动画(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Play or pause the sweep of the animation bar&apos;s parameter</source>
        <translation>播放或暂停动画栏中参数的扫动</translation>
    </message>
    <message>
        <source>Pas&amp;te state</source>
        <translation>粘贴状态(&amp;T)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReLU Explorer</source>
        <translation>ReLU Explorer</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Paste state</source>
        <translation>粘贴状态</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Family of curves</source>
        <translation>曲线族</translation>
    </message>
    <message>
        <source>About the selected function</source>
        <translation>关于所选函数</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy PyTorch &amp;code</source>
        <translation>复制 PyTorch 代码(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏 %1</translation>
    </message>
    <message>
        <source>&amp;Derivatives</source>
        <translation>导数(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Show dy/dx as dashed curves, with PyTorch&apos;s value at each kink</source>
        <translation>以虚线显示 dy/dx，并标出 PyTorch 在各折点处的取值</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show a faint PyTorch-default curve under a function whose parameters you changed</source>
        <translation>对改过参数的函数，在其下方淡淡地画出 PyTorch 默认参数的曲线</translation>
    </message>
    <message>
        <source>&amp;Zero gradient</source>
        <translation>零梯度(&amp;Z)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Shade where dy/dx = 0: inputs there teach nothing (the dying ReLU)</source>
        <translation>为 dy/dx = 0 的区域加阴影：落在这里的输入无法带来任何学习（即死亡 ReLU 问题）</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Back to x in [-5, 5]</source>
        <translation>回到 x ∈ [-5, 5]</translation>
    </message>
    <message>
        <source>&amp;Tutorial</source>
        <translation>教程视图(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>x in [-100, 100] with 1000 samples, as the matplotlib scripts plot it</source>
        <translation>x ∈ [-100, 100]，取 1000 个采样点，与教程中 matplotlib 脚本的画法一致</translation>
    </message>
    <message>
        <source>&amp;Negative side</source>
        <translation>负半轴(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Far out on the negative side, where LeakyReLU&apos;s 0.01 slope becomes visible</source>
        <translation>移到负半轴远处，在那里 LeakyReLU 的 0.01 斜率清晰可见</translation>
    </message>
    <message>
        <source>View preset</source>
        <translation>视图预设</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Pan or zoom</source>
        <translation>平移或缩放</translation>
    </message>
    <message>
        <source>The window will be in the new language the next time ReLU Explorer starts.</source>
        <translation>下次启动 ReLU Explorer 时，窗口将切换为新的语言。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Change the family</source>
        <translation>修改曲线族</translation>
    </message>
    <message>
        <source>Animate %1</source>
        <translation>动画 %1</translation>
    </message>
    <message>
        <source>Reset everything</source>
        <translation>全部恢复默认</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>叠加(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Grid, one panel per function</source>
        <translation>网格，每个函数一个面板(&amp;G)</translation>
    </message>
    <message>
        <source>Grid layout</source>
        <translation>网格布局</translation>
    </message>
    <message>
        <source>Overlay layout</source>
        <translation>叠加布局</translation>
    </message>
    <message>
        <source>L&amp;egend</source>
        <translation>图例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Best place</source>
        <translation>最佳位置(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Outside the plot</source>
        <translation>图外(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>Upper &amp;left</source>
        <translation>左上(&amp;L)</translation>
    </message>
    <message>
        <source>Upper &amp;right</source>
        <translation>右上(&amp;R)</translation>
    </message>
    <message>
        <source>Lower le&amp;ft</source>
        <translation>左下(&amp;F)</translation>
    </message>
    <message>
        <source>Lower ri&amp;ght</source>
        <translation>右下(&amp;G)</translation>
    </message>
    <message>
        <source>Show the Signal view</source>
        <translation>显示信号视图</translation>
    </message>
    <message>
        <source>Hide the Signal view</source>
        <translation>隐藏信号视图</translation>
    </message>
    <message>
        <source>Change the Signal view</source>
        <translation>更改信号视图</translation>
    </message>
    <message>
        <source>Derive SELU&apos;s constants</source>
        <translation>推导 SELU 的常数</translation>
    </message>
    <message>
        <source>%1 cannot take %2 = %3 with its other parameters; the previous value is kept.</source>
        <translation>%1 在其他参数不变时不能取 %2 = %3；已保留原来的值。</translation>
    </message>
    <message>
        <source>Remove a label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>At most %1 labels can be pinned: remove one first.</source>
        <translation>最多只能固定 %1 个标签：请先删除一个。</translation>
    </message>
    <message>
        <source>That label is already pinned.</source>
        <translation>该标签已经固定。</translation>
    </message>
    <message>
        <source>Pin a label</source>
        <translation>固定标签</translation>
    </message>
    <message>
        <source>Pinned %1 at %2; click it or press Delete to remove it.</source>
        <translation>已固定 %1 在 %2 处的标签；单击它或按 Delete 可将其删除。</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, Shift+drag to zoom to a box; Left/Right move the tracer when the plot has focus. F1 lists every key.</source>
        <translation>拖动可平移，滚轮可缩放，按住 Shift 拖动可框选放大；图像获得焦点时，用左/右方向键移动追踪点。按 F1 查看所有按键。</translation>
    </message>
    <message>
        <source>PyTorch de&amp;fault</source>
        <translation>PyTorch 默认(&amp;F)</translation>
    </message>
    <message>
        <source>Zero gradient: no shown function has dy/dx = 0 in this view, so nothing is shaded.</source>
        <translation>零梯度：此视图中没有任何所显示的函数满足 dy/dx = 0，因此没有着色区域。</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>更改 %1 的滑块范围</translation>
    </message>
    <message>
        <source>%1 is now shown: a family is drawn from a shown function.</source>
        <translation>已显示 %1：曲线族只能由显示的函数绘制。</translation>
    </message>
    <message>
        <source>Trace read&amp;out</source>
        <translation>追踪读数(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show or hide the table of values under the plot</source>
        <translation>显示或隐藏图像下方的数值表</translation>
    </message>
    <message>
        <source>S&amp;ide panel</source>
        <translation>侧边栏(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Show or hide the functions, parameters and information beside the plot</source>
        <translation>显示或隐藏图像旁的函数、参数和说明</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>ReLU Explorer manual</source>
        <translation>ReLU Explorer 使用手册</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>使用手册</translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;PyTorch default: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)：%3&lt;br&gt;PyTorch 默认值：%4</translation>
    </message>
    <message>
        <source>%1 PyTorch default: %2.</source>
        <translation>%1PyTorch 默认值：%2。</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:palette(mid)&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:palette(mid)&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset %1 to PyTorch&apos;s default, %2</source>
        <translation>将 %1 重置为 PyTorch 默认值 %2</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>将 %1 重置为默认值</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>Type any number from −%1 to %1; arrows step by %2.</source>
        <translation>可输入 −%1 到 %1 之间的任意数；方向键每次步进 %2。</translation>
    </message>
    <message>
        <source>Slider &amp;range…</source>
        <translation>滑块范围(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the slider&apos;s minimum and maximum for %1</source>
        <translation>设置 %1 滑块的最小值和最大值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Slider range of %1</source>
        <translation>%1 的滑块范围</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>The shown functions have no parameters.</source>
        <translation>已显示的函数没有参数。</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Reset all %1 parameters to PyTorch&apos;s defaults</source>
        <translation>将 %1 的所有参数重置为 PyTorch 默认值</translation>
    </message>
</context>
<context>
    <name>ParameterSpinBox</name>
    <message>
        <source>%1 %2</source>
        <comment>function and parameter as the window shows them: PReLU weight</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is out of range; give a finite number from -%3 to %3</source>
        <translation>%1：“%2”超出范围；请输入 -%3 到 %3 之间的有限数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid choice; choose one of: %3</source>
        <translation>%1：“%2”不是有效选项；请从以下选项中选择：%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number; write decimals with a period, as in 0.3</source>
        <translation>%1：“%2”不是数字；小数请用小数点“.”书写，例如 0.3</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Plot of the shown functions</source>
        <translation>已显示函数的图像</translation>
    </message>
    <message>
        <source>%1 (PyTorch default)</source>
        <translation>%1（PyTorch 默认）</translation>
    </message>
    <message>
        <source>%1′</source>
        <translation>%1′</translation>
    </message>
    <message>
        <source>%1 for %2 from %3 to %4</source>
        <translation>%1：%2 从 %3 到 %4</translation>
    </message>
    <message>
        <source>No function shown</source>
        <translation>未显示任何函数</translation>
    </message>
    <message>
        <source>%1 = %2 (not allowed)</source>
        <translation>%1 = %2（不允许）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom about the pointer, Shift+drag or right-drag to zoom to a box; Left and Right move the tracer, Shift with them by ten samples, + and − zoom.</source>
        <translation>拖动可平移，滚轮以指针为中心缩放，按住 Shift 拖动或用右键拖动可框选放大；左/右方向键移动追踪点，同时按住 Shift 则一次移动十个采样点，+ 和 − 键缩放。</translation>
    </message>
    <message>
        <source>View refused: %1.</source>
        <translation>视图无效：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at x = %2: PyTorch&apos;s dy/dx = %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在 x = %2 处：PyTorch 的 dy/dx = %3。%4</translation>
    </message>
    <message>
        <source>View refused: the range would be degenerate.</source>
        <translation>视图无效：范围会退化为零宽度。</translation>
    </message>
    <message>
        <source>Input distribution</source>
        <translation>输入分布</translation>
    </message>
    <message>
        <source>Enter pins a label at the tracer, Delete removes one.</source>
        <translation>按 Enter 在追踪点处固定一个标签，按 Delete 删除一个标签。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 位于 %2</translation>
    </message>
    <message>
        <source>Pinned labels: %1.</source>
        <translation>已固定的标签：%1。</translation>
    </message>
    <message>
        <source>%1: dy/dx = 0 (shaded)</source>
        <translation>%1：dy/dx = 0（着色）</translation>
    </message>
    <message numerus="yes">
        <source>%n functions</source>
        <comment>the plot&apos;s title where their names take more than two lines</comment>
        <translation>
            <numerusform>%n 个函数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>Press Esc to leave the presentation</source>
        <translation>按 Esc 退出演示</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG 图像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>Slider range of %1</source>
        <translation>%1 的滑块范围</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>最小值(&amp;I)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>最大值(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;PyTorch&apos;s range</source>
        <translation>PyTorch 的范围(&amp;P)</translation>
    </message>
    <message>
        <source>Back to %1 to %2</source>
        <translation>恢复为 %1 到 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; give a finite number from -%2 to %2</source>
        <translation>“%1”超出范围；请输入 -%2 到 %2 之间的有限数</translation>
    </message>
    <message>
        <source>The minimum must be below the maximum.</source>
        <translation>最小值必须小于最大值。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>ReLU Explorer sessions (*.%1);;All files (*)</source>
        <translation>ReLU Explorer 会话 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是一个文件夹</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The session %1 has changes that are not saved. Save them?</source>
        <translation>会话 %1 有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>ReLU Explorer</source>
        <translation>ReLU Explorer</translation>
    </message>
    <message>
        <source>%1[*] — ReLU Explorer</source>
        <translation>%1[*] — ReLU Explorer</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>The session was not opened; nothing was changed.

%1</source>
        <translation>会话未打开，当前内容没有任何改动。

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot paste the state</source>
        <translation>无法粘贴状态</translation>
    </message>
    <message>
        <source>The state was not changed: %1.</source>
        <translation>状态未改变：%1。</translation>
    </message>
    <message>
        <source>State pasted</source>
        <translation>已粘贴状态</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>lecture</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Copied the state (%1 characters): paste it with Edit &gt; Paste state or --state</source>
        <translation>已复制状态（%1 个字符）：可用“编辑 &gt; 粘贴状态”或 --state 还原</translation>
    </message>
    <message>
        <source>%1 is too large for a session file (over %2)</source>
        <translation>%1 太大，不是会话文件（超过 %2）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>搜索操作和按键</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>When it has focus</source>
        <translation>获得焦点时</translation>
    </message>
    <message>
        <source>Plot, when it has focus</source>
        <translation>图像（获得焦点时）</translation>
    </message>
    <message>
        <source>Move the tracer one sample</source>
        <translation>追踪点移动一个采样点</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left, Right（左、右方向键）</translation>
    </message>
    <message>
        <source>Move the tracer ten samples</source>
        <translation>追踪点移动十个采样点</translation>
    </message>
    <message>
        <source>Shift+Left, Shift+Right</source>
        <translation>Shift+Left, Shift+Right</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>放大、缩小</translation>
    </message>
    <message>
        <source>+, −</source>
        <translation>+, −</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>下一个或上一个控件</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
</context>
<context>
    <name>SignalDock</name>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>&amp;Signal view</source>
        <translation>信号视图(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>What a Gaussian input becomes through each shown function, and through many layers (%1)</source>
        <translation>高斯输入经过每个显示的函数、再经过许多层之后变成什么（%1）</translation>
    </message>
</context>
<context>
    <name>SignalPanel</name>
    <message>
        <source>Input mean m</source>
        <translation>输入均值 m</translation>
    </message>
    <message>
        <source>Mean of the Gaussian input N(m, s²), drawn faintly under the curves</source>
        <translation>高斯输入 N(m, s²) 的均值，其分布以淡色画在曲线下方</translation>
    </message>
    <message>
        <source>Input spread s</source>
        <translation>输入标准差 s</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian input N(m, s²)</source>
        <translation>高斯输入 N(m, s²) 的标准差</translation>
    </message>
    <message>
        <source>Moments of each shown function</source>
        <translation>每个显示函数的矩</translation>
    </message>
    <message>
        <source>E[f]</source>
        <translation>E[f]</translation>
    </message>
    <message>
        <source>Var[f]</source>
        <translation>Var[f]</translation>
    </message>
    <message>
        <source>E[f²]</source>
        <translation>E[f²]</translation>
    </message>
    <message>
        <source>E[f′]</source>
        <translation>E[f′]</translation>
    </message>
    <message>
        <source>E[f′²]</source>
        <translation>E[f′²]</translation>
    </message>
    <message>
        <source>P(f′ = 0)</source>
        <translation>P(f′ = 0)</translation>
    </message>
    <message>
        <source>Probability that the gradient is exactly 0: the unit is dead for this input</source>
        <translation>梯度恰好为 0 的概率：对这种输入，该神经元是“死”的</translation>
    </message>
    <message>
        <source>Weight variance W</source>
        <translation>权重方差 W</translation>
    </message>
    <message>
        <source>Weights drawn with variance W/fan-in</source>
        <translation>权重按方差 W/扇入 抽取</translation>
    </message>
    <message>
        <source>Bias variance B</source>
        <translation>偏置方差 B</translation>
    </message>
    <message>
        <source>Biases drawn with variance B</source>
        <translation>偏置按方差 B 抽取</translation>
    </message>
    <message>
        <source>&amp;He (W = 2)</source>
        <translation>&amp;He（W = 2）</translation>
    </message>
    <message>
        <source>He initialisation, made for ReLU: W = 2, B = 0</source>
        <translation>He 初始化，为 ReLU 设计：W = 2，B = 0</translation>
    </message>
    <message>
        <source>&amp;LeCun (W = 1)</source>
        <translation>&amp;LeCun（W = 1）</translation>
    </message>
    <message>
        <source>LeCun initialisation, SELU&apos;s: W = 1, B = 0</source>
        <translation>LeCun 初始化，SELU 所用：W = 1，B = 0</translation>
    </message>
    <message>
        <source>layers: </source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Solid: the variance q of each layer&apos;s input; dashed: the squared gradient&apos;s gain from the last layer back to the first</source>
        <translation>实线：每层输入的方差 q；虚线：平方梯度从最后一层反传到第一层的增益</translation>
    </message>
    <message>
        <source>Derive &amp;SELU&apos;s constants</source>
        <translation>推导 &amp;SELU 的常数</translation>
    </message>
    <message>
        <source>Solve E[selu(Z)] = 0 and E[selu(Z)²] = 1 for α and λ by Newton&apos;s method, and set SELU&apos;s parameters to the solution</source>
        <translation>用牛顿法解 E[selu(Z)] = 0 和 E[selu(Z)²] = 1 求 α 与 λ，并把 SELU 的参数设为该解</translation>
    </message>
    <message>
        <source>Solved by Newton&apos;s method in %1 steps:
α01 = %2 (PyTorch %3)
λ01 = %4 (PyTorch %5)</source>
        <translation>牛顿法 %1 步求得：
α01 = %2（PyTorch %3）
λ01 = %4（PyTorch %5）</translation>
    </message>
    <message>
        <source>For each shown function f of the input: the mean, variance and second moment of f, the mean and mean square of its gradient f′, and how often f′ is 0</source>
        <translation>对每个显示的函数 f（作用于输入）：f 的均值、方差和二阶矩，其梯度 f′ 的均值和均方，以及 f′ 为 0 的概率</translation>
    </message>
    <message>
        <source>How many layers deep the plot below follows the signal</source>
        <translation>下方的图跟踪信号经过的层数</translation>
    </message>
</context>
<context>
    <name>TraceOverlay</name>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>f′ = %1</source>
        <translation>f′ = %1</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Tracer readout</source>
        <translation>追踪读数</translation>
    </message>
    <message>
        <source>Values at the tracer</source>
        <translation>追踪点处的值</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>Value f(x)</source>
        <translation>函数值 f(x)</translation>
    </message>
    <message>
        <source>Derivative f′(x)</source>
        <translation>导数 f′(x)</translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>Point at the plot, or click it and press Left/Right, to read the values.</source>
        <translation>将指针指向图像，或单击图像后按左/右方向键，即可读取数值。</translation>
    </message>
    <message>
        <source>%1: f(x) = %2</source>
        <translation>%1：f(x) = %2</translation>
    </message>
    <message>
        <source>%1: f′(x) = %2</source>
        <translation>%1：f′(x) = %2</translation>
    </message>
    <message>
        <source>%1: f(x) = %2, f′(x) = %3</source>
        <translation>%1：f(x) = %2，f′(x) = %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>function and its value at the tracer</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>F&amp;ull-precision readout</source>
        <translation>完整精度读数(&amp;U)</translation>
    </message>
    <message>
        <source>Show the tracer&apos;s values to full round-trip precision instead of 6 significant digits</source>
        <translation>以完整（可精确还原的）精度显示追踪值，而不是 6 位有效数字</translation>
    </message>
    <message>
        <source>Copy rea&amp;dout</source>
        <translation>复制读数(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the tracer&apos;s values at full precision</source>
        <translation>以完整精度复制追踪值</translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <comment>a family member in the readout: LeakyReLU, s = 0.1</comment>
        <translation>%1，%2 = %3</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>ReLU family</source>
        <translation>ReLU 家族</translation>
    </message>
    <message>
        <source>Smooth relatives</source>
        <translation>平滑变体</translation>
    </message>
    <message>
        <source>Slide 16:9</source>
        <translation>幻灯片 16:9</translation>
    </message>
    <message>
        <source>Paper, one column</source>
        <translation>论文，单栏</translation>
    </message>
    <message>
        <source>Paper, two columns</source>
        <translation>论文，双栏</translation>
    </message>
    <message>
        <source>Transparent PNG</source>
        <translation>透明背景 PNG</translation>
    </message>
    <message>
        <source>relu(x) = max(0, x)</source>
        <translation>relu(x) = max(0, x)</translation>
    </message>
    <message>
        <source>relu(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</source>
        <translation>relu(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>The rectified linear unit passes positive inputs unchanged and zeroes the rest. It is cheap and its gradient does not shrink for positive inputs, which made deep networks trainable. Its weakness is the dying ReLU: a unit whose input stays negative gets zero gradient and can stop learning for good.</source>
        <translation>修正线性单元（ReLU）让正输入原样通过，其余一律置零。它计算开销小，而且在正半轴上梯度不会衰减，正是这一点让深层网络变得可以训练。它的弱点是“死亡 ReLU”问题：如果某个神经元的输入始终为负，它得到的梯度就恒为零，可能从此再也学不动了。</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = 0 (the condition x &gt; 0 is false there).</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = 0（此处条件 x &gt; 0 不成立）。</translation>
    </message>
    <message>
        <source>relu6(x) = min(max(0, x), 6)</source>
        <translation>relu6(x) = min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>relu6(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</source>
        <translation>relu6(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</translation>
    </message>
    <message>
        <source>ReLU capped at 6. The bounded output keeps activations in a small fixed range, which suits low-precision and mobile networks (MobileNet) where large values would lose precision. Like ReLU it has zero gradient for x &lt; 0, and also for x &gt; 6, so units can saturate on both sides.</source>
        <translation>上限截断为 6 的 ReLU。输出有界，激活值被限制在一个较小的固定范围内，因此适合低精度计算和移动端网络（如 MobileNet），在这类网络中数值过大会损失精度。与 ReLU 一样，它在 x &lt; 0 时梯度为零；在 x &gt; 6 时梯度同样为零，所以神经元在两侧都可能饱和。</translation>
    </message>
    <message>
        <source>PyTorch uses dy/dx = 0 at both kinks, x = 0 and x = 6 (relu6 is hardtanh(0, 6)).</source>
        <translation>PyTorch 在 x = 0 和 x = 6 两个折点处都取 dy/dx = 0（relu6 就是 hardtanh(0, 6)）。</translation>
    </message>
    <message>
        <source>leaky_relu(x) = x if x &gt; 0, else s·x</source>
        <translation>leaky_relu(x) = x（若 x &gt; 0），否则为 s·x</translation>
    </message>
    <message>
        <source>leaky_relu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;s&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;</source>
        <translation>leaky_relu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 &lt;i&gt;s&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = s, the slope of the left branch.</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = s，即左侧分支的斜率。</translation>
    </message>
    <message>
        <source>Slope for x &lt; 0: how much of a negative input leaks through.</source>
        <translation>x &lt; 0 时的斜率：负输入有多少能“漏”过去。</translation>
    </message>
    <message>
        <source>elu(x) = x if x &gt; 0, else α·(exp(x) − 1)</source>
        <translation>elu(x) = x（若 x &gt; 0），否则为 α·(exp(x) − 1)</translation>
    </message>
    <message>
        <source>elu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</source>
        <translation>elu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</translation>
    </message>
    <message>
        <source>The exponential linear unit bends smoothly to -α for negative inputs. Negative outputs pull the mean activation towards zero, and the gradient never vanishes completely, so units do not die. With α = 1 the curve is smooth at 0; it costs an exponential per element.</source>
        <translation>指数线性单元（ELU）在负输入一侧平滑地弯向 −α。负的输出把激活值的均值拉向零，而且梯度永远不会完全消失，所以神经元不会死亡。α = 1 时曲线在 0 处是光滑的；代价是每个元素都要计算一次指数。</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = α (the left branch); with α = 1 both sides agree.</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = α（左侧分支）；α = 1 时左右两侧的导数相同。</translation>
    </message>
    <message>
        <source>Saturation for x &lt; 0: y approaches −α as x goes to −∞.</source>
        <translation>x &lt; 0 时的饱和值：当 x 趋于 −∞ 时，y 趋近 −α。</translation>
    </message>
    <message>
        <source>selu(x) = λ·(x if x &gt; 0, else α·(exp(x) − 1))</source>
        <translation>selu(x) = λ·(若 x &gt; 0 则为 x，否则为 α·(exp(x) − 1))</translation>
    </message>
    <message>
        <source>selu(&lt;i&gt;x&lt;/i&gt;) = λ·(&lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1))</source>
        <translation>selu(&lt;i&gt;x&lt;/i&gt;) = λ·(若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0 则为 &lt;i&gt;x&lt;/i&gt;，否则为 α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1))</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = λα ≈ 1.7581 (the left branch); the right side has λ.</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = λα ≈ 1.7581（左侧分支）；右侧的导数为 λ。</translation>
    </message>
    <message>
        <source>Negative saturation: for x → −∞, y → −λα. Fixed in PyTorch.</source>
        <translation>负向饱和值：x → −∞ 时，y → −λα。在 PyTorch 中固定不变。</translation>
    </message>
    <message>
        <source>Overall scale λ, slightly above 1. Fixed in PyTorch.</source>
        <translation>整体缩放系数 λ，略大于 1。在 PyTorch 中固定不变。</translation>
    </message>
    <message>
        <source>prelu(x) = x if x &gt; 0, else a·x (a learned)</source>
        <translation>prelu(x) = x（若 x &gt; 0），否则为 a·x（a 可学习）</translation>
    </message>
    <message>
        <source>prelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; (&lt;i&gt;a&lt;/i&gt; learned)</source>
        <translation>prelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;（&lt;i&gt;a&lt;/i&gt; 可学习）</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = a and dy/da = 0 (x = 0 takes the left branch).</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = a、dy/da = 0（x = 0 归入左侧分支）。</translation>
    </message>
    <message>
        <source>Learned slope for x &lt; 0 (nn.PReLU&apos;s init); training updates it by dy/dweight.</source>
        <translation>x &lt; 0 时可学习的斜率（即 nn.PReLU 的 init）；训练时按 dy/dweight 更新。</translation>
    </message>
    <message>
        <source>celu(x) = x if x &gt; 0, else α·(exp(x/α) − 1)</source>
        <translation>celu(x) = x（若 x &gt; 0），否则为 α·(exp(x/α) − 1)</translation>
    </message>
    <message>
        <source>celu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1)</source>
        <translation>celu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 α·(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1)</translation>
    </message>
    <message>
        <source>The continuously differentiable ELU divides the input by α inside the exponential, so its slope at 0 is 1 from both sides for every α: no kink, where ELU has one unless α = 1. With α = 1 it is ELU. It keeps ELU&apos;s negative saturation at −α and its cost, an exponential per element; α must not be 0.</source>
        <translation>连续可微指数线性单元（CELU）在指数内把输入除以 α，因此无论 α 取何值，它在 0 处左右两侧的斜率都是 1：没有折点，而 ELU 只要 α ≠ 1 就有折点。α = 1 时它就是 ELU。它保留了 ELU 在负半轴饱和于 −α 的特性，代价也一样，每个元素一次指数运算；α 不能为 0。</translation>
    </message>
    <message>
        <source>Saturation for x &lt; 0 (y approaches −α) and the scale of x in the exponential.</source>
        <translation>x &lt; 0 时的饱和值（y 趋近 −α），同时也是指数中 x 的缩放尺度。</translation>
    </message>
    <message>
        <source>rrelu(x) = x if x &gt; 0, else x·(l + u)/2 (evaluation mode)</source>
        <translation>rrelu(x) = x（若 x &gt; 0），否则为 x·(l + u)/2（评估模式）</translation>
    </message>
    <message>
        <source>rrelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;x&lt;/i&gt;·(&lt;i&gt;l&lt;/i&gt; + &lt;i&gt;u&lt;/i&gt;)/2 (evaluation mode)</source>
        <translation>rrelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 &lt;i&gt;x&lt;/i&gt;·(&lt;i&gt;l&lt;/i&gt; + &lt;i&gt;u&lt;/i&gt;)/2（评估模式）</translation>
    </message>
    <message>
        <source>Randomised leaky ReLU draws a new negative slope from [l, u] for every element while training, a little noise that regularises the network; in evaluation it uses the mean slope, so it is LeakyReLU with slope (l + u)/2, as shown here. The randomness makes training runs harder to reproduce.</source>
        <translation>随机化 Leaky ReLU（RReLU）在训练时为每个元素从 [l, u] 中随机抽取一个新的负半轴斜率，这一点噪声起到正则化的作用；评估时则使用平均斜率，于是它就是斜率为 (l + u)/2 的 LeakyReLU，也就是这里画出的曲线。随机性使训练结果更难复现。</translation>
    </message>
    <message>
        <source>At x = 0 PyTorch uses dy/dx = (l + u)/2, the slope of the left branch.</source>
        <translation>在 x = 0 处，PyTorch 取 dy/dx = (l + u)/2，即左侧分支的斜率。</translation>
    </message>
    <message>
        <source>Lower bound of the random slope drawn in training.</source>
        <translation>训练时随机斜率的下界。</translation>
    </message>
    <message>
        <source>Upper bound of the random slope; evaluation uses the mean (l + u)/2.</source>
        <translation>随机斜率的上界；评估时使用两者的均值 (l + u)/2。</translation>
    </message>
    <message>
        <source>hardtanh(x) = min(max(x, a), b)</source>
        <translation>hardtanh(x) = min(max(x, a), b)</translation>
    </message>
    <message>
        <source>hardtanh(&lt;i&gt;x&lt;/i&gt;) = min(max(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;a&lt;/i&gt;), &lt;i&gt;b&lt;/i&gt;)</source>
        <translation>hardtanh(&lt;i&gt;x&lt;/i&gt;) = min(max(&lt;i&gt;x&lt;/i&gt;, &lt;i&gt;a&lt;/i&gt;), &lt;i&gt;b&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>Hardtanh is the identity clipped to [a, b]: a piecewise-linear stand-in for tanh that costs two comparisons. ReLU6 is hardtanh(0, 6). Outside [a, b] the gradient is exactly zero, so units pushed far into either clip stop learning.</source>
        <translation>Hardtanh 是截断到 [a, b] 区间的恒等函数：一种只需两次比较的分段线性 tanh 替代品。ReLU6 就是 hardtanh(0, 6)。在 [a, b] 之外梯度恰好为零，所以被推到任一截断区深处的神经元会停止学习。</translation>
    </message>
    <message>
        <source>PyTorch uses dy/dx = 0 at both kinks, x = a and x = b.</source>
        <translation>PyTorch 在 x = a 和 x = b 两个折点处都取 dy/dx = 0。</translation>
    </message>
    <message>
        <source>Lower clip: y = a for x &lt;= a.</source>
        <translation>下截断值：x &lt;= a 时 y = a。</translation>
    </message>
    <message>
        <source>Upper clip: y = b for x &gt;= b.</source>
        <translation>上截断值：x &gt;= b 时 y = b。</translation>
    </message>
    <message>
        <source>hardswish(x) = x·relu6(x + 3)/6</source>
        <translation>hardswish(x) = x·relu6(x + 3)/6</translation>
    </message>
    <message>
        <source>hardswish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</source>
        <translation>hardswish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</translation>
    </message>
    <message>
        <source>Hardswish replaces the sigmoid in SiLU (swish) by the piecewise-linear relu6(x + 3)/6, so it needs no exponential: MobileNetV3 uses it on phones. It is 0 below -3, x above 3 and a parabola between, with a small dip below zero. Its derivative jumps at -3 and 3, and PyTorch has changed its convention there since version 1.13.</source>
        <translation>Hardswish 把 SiLU（swish）中的 sigmoid 换成分段线性的 relu6(x + 3)/6，因此不需要指数运算：MobileNetV3 在手机上用的就是它。它在 −3 以下为 0，在 3 以上为 x，两者之间是一段抛物线，并略微下探到零以下。它的导数在 −3 和 3 处跳变，自 1.13 版以后 PyTorch 改变了这两点处的约定。</translation>
    </message>
    <message>
        <source>Current PyTorch uses dy/dx = 0 at x = −3 and 1 at x = 3 (each the value of the outer branch); PyTorch 1.13 gave −0.5 and 1.5.</source>
        <translation>当前的 PyTorch 在 x = −3 处取 dy/dx = 0，在 x = 3 处取 1（均为外侧分支的值）；PyTorch 1.13 给出的是 −0.5 和 1.5。</translation>
    </message>
    <message>
        <source>hardsigmoid(x) = relu6(x + 3)/6</source>
        <translation>hardsigmoid(x) = relu6(x + 3)/6</translation>
    </message>
    <message>
        <source>hardsigmoid(&lt;i&gt;x&lt;/i&gt;) = relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</source>
        <translation>hardsigmoid(&lt;i&gt;x&lt;/i&gt;) = relu6(&lt;i&gt;x&lt;/i&gt; + 3)/6</translation>
    </message>
    <message>
        <source>Hardsigmoid is a straight-line stand-in for the logistic sigmoid: 0 below -3, 1 above 3 and a slope of 1/6 between. It is cheap and exact in low precision (MobileNetV3&apos;s gates), but its gradient is zero outside [-3, 3], where the real sigmoid&apos;s is only small.</source>
        <translation>Hardsigmoid 是用直线段拼成的 logistic sigmoid 替代品：−3 以下为 0，3 以上为 1，中间斜率为 1/6。它计算便宜，在低精度下也是精确的（MobileNetV3 的门控就用它），但在 [−3, 3] 之外梯度为零，而真正的 sigmoid 在那里的梯度只是很小而已。</translation>
    </message>
    <message>
        <source>PyTorch uses dy/dx = 0 at both kinks, x = −3 and x = 3.</source>
        <translation>PyTorch 在 x = −3 和 x = 3 两个折点处都取 dy/dx = 0。</translation>
    </message>
    <message>
        <source>gelu(x) = x·Φ(x) = x·(1 + erf(x/√2))/2; tanh: x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))/2</source>
        <translation>gelu(x) = x·Φ(x) = x·(1 + erf(x/√2))/2；tanh 近似：x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))/2</translation>
    </message>
    <message>
        <source>gelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))/2; tanh: &lt;i&gt;x&lt;/i&gt;·(1 + tanh(√(2/π)·(&lt;i&gt;x&lt;/i&gt; + 0.044715·&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))/2</source>
        <translation>gelu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))/2；tanh 近似：&lt;i&gt;x&lt;/i&gt;·(1 + tanh(√(2/π)·(&lt;i&gt;x&lt;/i&gt; + 0.044715·&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))/2</translation>
    </message>
    <message>
        <source>The Gaussian error linear unit weights its input by the probability Φ(x) that a standard normal variable is below it: a smooth ReLU that dips slightly below zero (to about −0.17 near x = −0.75) before rising. Transformers (BERT, GPT) use it. It costs an erf, or a tanh in the approximation, which differs from the exact form by less than 0.0005.</source>
        <translation>高斯误差线性单元（GELU）用“标准正态变量小于输入”的概率 Φ(x) 给输入加权：它是一种平滑的 ReLU，在上升之前会略微下探到零以下（在 x = −0.75 附近约为 −0.17）。Transformer 模型（BERT、GPT）都使用它。它需要计算一次 erf，近似形式则是一次 tanh，近似值与精确值之差小于 0.0005。</translation>
    </message>
    <message>
        <source>How Φ is computed: &apos;none&apos;, exactly with erf; &apos;tanh&apos;, by the cheaper tanh formula of the original paper, used in GPT-2 and BERT.</source>
        <translation>Φ 的计算方式：&apos;none&apos; 用 erf 精确计算；&apos;tanh&apos; 用原论文中计算更便宜的 tanh 公式近似，GPT-2 和 BERT 用的就是它。</translation>
    </message>
    <message>
        <source>silu(x) = x·σ(x) = x/(1 + exp(−x))</source>
        <translation>silu(x) = x·σ(x) = x/(1 + exp(−x))</translation>
    </message>
    <message>
        <source>silu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>silu(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <source>The sigmoid linear unit, also called swish, multiplies the input by its own sigmoid: a smooth ReLU with a small negative dip (minimum about −0.28 at x ≈ −1.28) that lets some negative signal and gradient through. EfficientNet and many vision and language models use it. It costs an exponential, and its output is not bounded above.</source>
        <translation>Sigmoid 线性单元（SiLU），又称 swish，把输入乘以它自身的 sigmoid：这是一种带有小幅负向下探的平滑 ReLU（在 x ≈ −1.28 处取得最小值，约 −0.28），能让一部分负信号和梯度通过。EfficientNet 以及许多视觉和语言模型都使用它。它需要一次指数运算，输出没有上界。</translation>
    </message>
    <message>
        <source>mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + exp(x)))</source>
        <translation>mish(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + exp(x)))</translation>
    </message>
    <message>
        <source>mish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(softplus(&lt;i&gt;x&lt;/i&gt;)) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</source>
        <translation>mish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(softplus(&lt;i&gt;x&lt;/i&gt;)) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</translation>
    </message>
    <message>
        <source>Mish (Misra, 2019) is a self-gated smooth ReLU like SiLU, with a slightly deeper, wider negative dip (minimum about −0.31 near x = −1.19) and a smoother gradient; YOLOv4 uses it. It costs an exponential, a logarithm and a tanh per element, more than SiLU or GELU.</source>
        <translation>Mish（Misra，2019）和 SiLU 一样是自门控的平滑 ReLU，负向下探略深、略宽（在 x = −1.19 附近取得最小值，约 −0.31），梯度也更平滑；YOLOv4 使用了它。每个元素需要一次指数、一次对数和一次 tanh 运算，开销比 SiLU 和 GELU 都大。</translation>
    </message>
    <message>
        <source>softplus(x) = ln(1 + exp(β·x))/β, or x where β·x &gt; t</source>
        <translation>softplus(x) = ln(1 + exp(β·x))/β；当 β·x &gt; t 时为 x</translation>
    </message>
    <message>
        <source>softplus(&lt;i&gt;x&lt;/i&gt;) = ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/β, or &lt;i&gt;x&lt;/i&gt; where β&lt;i&gt;x&lt;/i&gt; &amp;gt; &lt;i&gt;t&lt;/i&gt;</source>
        <translation>softplus(&lt;i&gt;x&lt;/i&gt;) = ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/β；当 β&lt;i&gt;x&lt;/i&gt; &amp;gt; &lt;i&gt;t&lt;/i&gt; 时为 &lt;i&gt;x&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Softplus is a smooth ReLU that is positive everywhere; its derivative is the sigmoid σ(βx). Larger β makes it sharper. It never outputs zero, so units cannot die, but it is not centred and costs an exponential and a logarithm. It is used where outputs must be positive, such as variances.</source>
        <translation>Softplus 是一种处处为正的平滑 ReLU，它的导数正是 sigmoid σ(βx)。β 越大，折弯越陡。它的输出永远不为零，因此神经元不会死亡，但它不以零为中心，而且需要一次指数和一次对数运算。它常用于输出必须为正的场合，比如方差。</translation>
    </message>
    <message>
        <source>Where β·x passes the threshold t PyTorch switches to y = x: y jumps by about e^(−t)/β and dy/dx from σ(t) to 1. At β·x = t exactly the log branch applies.</source>
        <translation>当 β·x 超过阈值 t 时，PyTorch 改用 y = x：y 跳变约 e^(−t)/β，dy/dx 从 σ(t) 跳到 1。在 β·x 恰好等于 t 处仍取对数分支。</translation>
    </message>
    <message>
        <source>Sharpness: larger β bends closer to ReLU; the curve is ln(1 + e^(βx))/β.</source>
        <translation>陡峭程度：β 越大，曲线越接近 ReLU；曲线为 ln(1 + e^(βx))/β。</translation>
    </message>
    <message>
        <source>Above βx = t PyTorch returns x itself, for numerical stability.</source>
        <translation>βx 超过 t 时，PyTorch 直接返回 x 本身，以保证数值稳定。</translation>
    </message>
    <message>
        <source>logsigmoid(x) = ln σ(x) = −ln(1 + exp(−x)) = −softplus(−x)</source>
        <translation>logsigmoid(x) = ln σ(x) = −ln(1 + exp(−x)) = −softplus(−x)</translation>
    </message>
    <message>
        <source>logsigmoid(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) = −softplus(−&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>logsigmoid(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) = −softplus(−&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>The logarithm of the sigmoid: Softplus mirrored through the origin, near 0 for large positive inputs and close to x itself for large negative ones, with derivative σ(−x). It is rarely a hidden activation; it appears in losses, where log σ(x) computed directly would overflow or lose every digit (binary cross-entropy with logits, word2vec&apos;s negative sampling). It is never positive and costs an exponential and a logarithm.</source>
        <translation>sigmoid 的对数：即 Softplus 关于原点的镜像。输入为较大的正数时接近 0，为较大的负数时接近 x 本身，导数为 σ(−x)。它很少用作隐藏层激活函数，多见于损失函数中：直接计算 log σ(x) 会溢出或丢失全部有效数字（如带 logits 的二元交叉熵、word2vec 的负采样）。它的值从不为正，计算需要一次指数和一次对数。</translation>
    </message>
    <message>
        <source>tanhshrink(x) = x − tanh(x)</source>
        <translation>tanhshrink(x) = x − tanh(x)</translation>
    </message>
    <message>
        <source>tanhshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh(&lt;i&gt;x&lt;/i&gt;)</source>
        <translation>tanhshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh(&lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>What is left of x after tanh: flat like x³/3 around 0, then x − 1 or x + 1 far out, with derivative tanh²(x). It shrinks small inputs towards zero without a hard threshold, a smooth cousin of soft shrinkage used in sparse coding and denoising; as a hidden activation it is rare. Near 0 x − tanh(x) cancels, so it is evaluated from its series there.</source>
        <translation>x 减去 tanh 之后剩下的部分：在 0 附近像 x³/3 一样平坦，远处则接近 x − 1 或 x + 1，导数为 tanh²(x)。它把小的输入平滑地压向零而没有硬阈值，是软收缩（soft shrinkage）的平滑版本，用于稀疏编码和去噪；作为隐藏层激活函数很少见。在 0 附近 x − tanh(x) 会发生相消，因此那里改用级数计算。</translation>
    </message>
    <message>
        <source>LeakyReLU lets a small fixed fraction of negative inputs through, so the gradient for x &lt; 0 is s instead of 0 and units cannot die. The default slope 0.01 is so small that the negative side looks flat at the usual scale: zoom in to see it. The Signal view (View &gt; Signal view) shows the chance of a zero gradient fall to 0 as s leaves 0.</source>
        <translation>LeakyReLU 让负输入按一个固定的小比例“漏”过去，因此 x &lt; 0 时梯度是 s 而不是 0，神经元不会死亡。默认斜率 0.01 非常小，在通常的坐标尺度下负半轴看起来几乎是平的：放大后才能看清。信号视图（视图 &gt; 信号视图）显示：s 一离开 0，梯度为零的概率就降到 0。</translation>
    </message>
    <message>
        <source>The scaled ELU makes networks self-normalising: with α ≈ 1.6733 and λ ≈ 1.0507, chosen by Klambauer et al. (2017), activations with mean 0 and variance 1 keep mean 0 and variance 1 layer after layer (with LeCun-normal weights). Other values break that fixed point, which is why PyTorch does not let you change them; here you can, to see what they do. The Signal view (View &gt; Signal view) derives both constants and shows the variance settle at 1.</source>
        <translation>缩放指数线性单元（SELU）使网络具有自归一化性质：取 Klambauer 等人（2017）选定的 α ≈ 1.6733 和 λ ≈ 1.0507，均值为 0、方差为 1 的激活值逐层传递后仍保持均值 0、方差 1（权重采用 LeCun 正态初始化时）。换成其他取值就会破坏这个不动点，所以 PyTorch 不允许修改它们；在这里可以改，看看会发生什么。信号视图（视图 &gt; 信号视图）可以推导出这两个常数，并显示方差稳定在 1。</translation>
    </message>
    <message>
        <source>Parametric ReLU is LeakyReLU whose negative slope is a weight the network learns, starting at 0.25. Its gradient with respect to the weight is x for x &lt;= 0, so negative inputs teach the slope. It can overfit on small data, and weight decay should not be applied to a. The Signal view (View &gt; Signal view) shows how a keeps gradients alive through many layers.</source>
        <translation>参数化 ReLU（PReLU）就是负半轴斜率由网络自己学习的 LeakyReLU，这个权重的初值为 0.25。当 x &lt;= 0 时，输出对该权重的梯度为 x，所以是负输入在“教”这个斜率。在小数据集上它可能过拟合，而且不应对 a 施加权重衰减。信号视图（视图 &gt; 信号视图）显示 a 如何让梯度在许多层中保持不消失。</translation>
    </message>
    <message>
        <source>relu of x equals the maximum of 0 and x</source>
        <translation>relu x 等于 0 与 x 中的较大值</translation>
    </message>
    <message>
        <source>relu6 of x equals the minimum of 6 and the maximum of 0 and x</source>
        <translation>relu6 x 等于 0 与 x 中的较大值，再与 6 取较小值</translation>
    </message>
    <message>
        <source>leaky relu of x equals x if x is greater than 0, otherwise s times x</source>
        <translation>leaky relu x：当 x 大于 0 时等于 x，否则等于 s 乘以 x</translation>
    </message>
    <message>
        <source>elu of x equals x if x is greater than 0, otherwise alpha times, e to the x, minus 1</source>
        <translation>elu x：当 x 大于 0 时等于 x，否则等于 alpha 乘以，e 的 x 次方，减 1</translation>
    </message>
    <message>
        <source>selu of x equals lambda times: x if x is greater than 0, otherwise alpha times, e to the x, minus 1</source>
        <translation>selu x 等于 lambda 乘以：当 x 大于 0 时为 x，否则为 alpha 乘以，e 的 x 次方，减 1</translation>
    </message>
    <message>
        <source>prelu of x equals x if x is greater than 0, otherwise a times x, where a is learned</source>
        <translation>prelu x：当 x 大于 0 时等于 x，否则等于 a 乘以 x，其中 a 是学习得到的</translation>
    </message>
    <message>
        <source>celu of x equals x if x is greater than 0, otherwise alpha times, e to the x over alpha, minus 1</source>
        <translation>celu x：当 x 大于 0 时等于 x，否则等于 alpha 乘以，e 的 x 除以 alpha 次方，减 1</translation>
    </message>
    <message>
        <source>rrelu of x equals x if x is greater than 0, otherwise x times, l plus u, over 2, in evaluation mode</source>
        <translation>rrelu x：当 x 大于 0 时等于 x，否则等于 x 乘以，l 加 u，除以 2，评估模式下</translation>
    </message>
    <message>
        <source>hardtanh of x equals the minimum of b and the maximum of x and a</source>
        <translation>hardtanh x 等于 x 与 a 中的较大值，再与 b 取较小值</translation>
    </message>
    <message>
        <source>hardswish of x equals x times relu6 of, x plus 3, over 6</source>
        <translation>hardswish x 等于 x 乘以 relu6 的，x 加 3，再除以 6</translation>
    </message>
    <message>
        <source>hardsigmoid of x equals relu6 of, x plus 3, over 6</source>
        <translation>hardsigmoid x 等于 relu6 的，x 加 3，再除以 6</translation>
    </message>
    <message>
        <source>gelu of x equals x times capital phi of x, which is x times, 1 plus erf of x over the square root of 2, all over 2. The tanh approximation: x times, 1 plus tanh of, the square root of 2 over pi, times, x plus 0.044715 times x cubed, all over 2</source>
        <translation>gelu x 等于 x 乘以大写 phi x，即 x 乘以，1 加 x 除以根号 2 的 erf，整体除以 2。tanh 近似：x 乘以，1 加 tanh 的，根号下 2 除以 pi，乘以，x 加 0.044715 乘以 x 的三次方，整体除以 2</translation>
    </message>
    <message>
        <source>silu of x equals x times sigma of x, which is x over, 1 plus e to the minus x</source>
        <translation>silu x 等于 x 乘以 sigma x，即 x 除以，1 加 e 的负 x 次方</translation>
    </message>
    <message>
        <source>mish of x equals x times tanh of softplus of x, which is x times tanh of the natural log of, 1 plus e to the x</source>
        <translation>mish x 等于 x 乘以 softplus x 的 tanh，即 x 乘以，1 加 e 的 x 次方的自然对数的 tanh</translation>
    </message>
    <message>
        <source>softplus of x equals the natural log of, 1 plus e to the beta x, over beta; or x where beta times x is greater than t</source>
        <translation>softplus x 等于，1 加 e 的 beta x 次方的自然对数，除以 beta；当 beta 乘以 x 大于 t 时等于 x</translation>
    </message>
    <message>
        <source>log sigmoid of x equals the natural log of sigma of x, which is minus the natural log of, 1 plus e to the minus x</source>
        <translation>log sigmoid x 等于 sigma x 的自然对数，即负的，1 加 e 的负 x 次方的自然对数</translation>
    </message>
    <message>
        <source>tanhshrink of x equals x minus tanh of x</source>
        <translation>tanhshrink x 等于 x 减 tanh x</translation>
    </message>
</context>
<context>
    <name>figure</name>
    <message>
        <source>could not draw the PDF</source>
        <translation>无法绘制 PDF</translation>
    </message>
    <message>
        <source>could not draw the SVG</source>
        <translation>无法绘制 SVG</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>文件夹 %1 不可写</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 不可写</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
