<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationPlot</name>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="67" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="69" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="71" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="73" />
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="111" />
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplot.cpp" line="111" />
        <source>output f(x)</source>
        <translation>输出 f(x)</translation>
    </message>
</context>
<context>
    <name>ActivationPlotStage</name>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="180" />
        <source>Value at x = %1</source>
        <translation>x = %1 时的值</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="181" />
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="198" />
        <source>Show or hide the %1 curve.</source>
        <translation>显示或隐藏 %1 曲线。</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="201" />
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="202" />
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="203" />
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="204" />
        <source>Values at x</source>
        <translation>x 处的函数值</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="205" />
        <source>Each function's value at the current x, to 3 decimals.</source>
        <translation>每个函数在当前 x 处的值，保留 3 位小数。</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="206" />
        <source>Input &amp;x</source>
        <translation>输入 x(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="207" />
        <source>Move x from −6 to 6 and read each curve's value in the table.</source>
        <translation>把 x 从 −6 移到 6，在表中读出每条曲线的值。</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="211" />
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../app/stages/activationplotstage.cpp" line="212" />
        <source>Click or drag on the plot to move x. The dashed lines are y = 1 and y = −1.</source>
        <translation>在图上点击或拖动可以移动 x。两条虚线是 y = 1 和 y = −1。</translation>
    </message>
</context>
<context>
    <name>BowlStepModel</name>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="61" />
        <source>Learning rate times slope: the step subtracts this from w.</source>
        <translation>学习率乘以斜率：每一步从 w 中减去这个数。</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="63" />
        <source>The loss L(new w) after the step.</source>
        <translation>这一步之后的损失 L(新 w)。</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="72" />
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="74" />
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="76" />
        <source>Slope</source>
        <translation>斜率</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="78" />
        <source>lr × slope</source>
        <translation>学习率 × 斜率</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="80" />
        <source>New w</source>
        <translation>新 w</translation>
    </message>
    <message>
        <location filename="../app/stages/bowlstepmodel.cpp" line="82" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>CalculatorBars</name>
    <message>
        <location filename="../app/stages/calculatorbars.cpp" line="73" />
        <source>output o</source>
        <translation>输出 o</translation>
    </message>
    <message>
        <location filename="../app/stages/calculatorbars.cpp" line="73" />
        <source>squared error (t − o)²</source>
        <translation>平方误差 (t − o)²</translation>
    </message>
    <message>
        <location filename="../app/stages/calculatorbars.cpp" line="73" />
        <source>label t</source>
        <translation>标签 t</translation>
    </message>
    <message>
        <location filename="../app/stages/calculatorbars.cpp" line="130" />
        <source>▼ prediction</source>
        <translation>▼ 预测</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <location filename="../cli/clicommandline.cpp" line="34" />
        <source>Neural Lessons on the command line: train, check and export workspaces (.nlw) and check lessons.

Commands:
  train FILE --epochs N [--csv OUT.csv] [-o OUT.nlw]
      Train on from the workspace's state; one line per epoch.
  validate FILE|FOLDER
      Check a workspace file or a lesson folder and print the problems.
  export-pytorch FILE -o OUT.py [--epochs N] [--lang zh_CN|en]
      A PyTorch script that reproduces the app's training loss.
  export-keras FILE -o OUT.py [--lang zh_CN|en]
      The same network in Keras (no exactness promise).
  check-lessons [FOLDER]
      Run every lesson's acceptance checks (default: the lessons built in).

Exit codes: 0 success, 1 a check failed, 2 bad input (the reason is on stderr).</source>
        <translation>命令行版神经网络互动课堂：训练、检查和导出工作区（.nlw），检查课程。

命令：
  train FILE --epochs N [--csv OUT.csv] [-o OUT.nlw]
      从工作区保存时的状态继续训练；每个 epoch 输出一行。
  validate FILE|FOLDER
      检查工作区文件或课程文件夹，列出发现的问题。
  export-pytorch FILE -o OUT.py [--epochs N] [--lang zh_CN|en]
      导出 PyTorch 脚本，重现软件里的训练损失。
  export-keras FILE -o OUT.py [--lang zh_CN|en]
      导出同一个网络的 Keras 脚本（不保证数字完全相同）。
  check-lessons [FOLDER]
      运行每节课的验收检查（默认：软件自带的课程）。

退出码：0 成功，1 检查未通过，2 输入有误（原因见标准错误输出）。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="51" />
        <source>Epochs to train, or to replay in the PyTorch script.</source>
        <translation>要训练的 epoch 数，或 PyTorch 脚本中重放的 epoch 数。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="51" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="52" />
        <source>train: also write every epoch to this CSV file.</source>
        <translation>train：同时把每个 epoch 写入这个 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="52" />
        <location filename="../cli/clicommandline.cpp" line="55" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="54" />
        <source>The script to write; for train, where to save the trained workspace.</source>
        <translation>要写入的脚本；对 train 而言，是保存训练后工作区的位置。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="57" />
        <source>Language of the messages and the script's comments: %1. Default: the system language.</source>
        <translation>提示信息和脚本注释的语言：%1。默认：系统语言。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="59" />
        <source>What to do (see Commands above).</source>
        <translation>要执行的操作（见上面的“命令”）。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="59" />
        <source>&lt;command&gt;</source>
        <translation>&lt;命令&gt;</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="60" />
        <source>The workspace file or lesson folder.</source>
        <translation>工作区文件或课程文件夹。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="60" />
        <source>[FILE|FOLDER]</source>
        <translation>[文件|文件夹]</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="88" />
        <source>No command given; run with --help to see the commands.</source>
        <translation>没有给出命令；使用 --help 查看可用的命令。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="93" />
        <source>Unknown command “%1”; run with --help to see the commands.</source>
        <translation>未知命令“%1”；使用 --help 查看可用的命令。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="96" />
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="99" />
        <source>“%1” needs a file to work on.</source>
        <translation>“%1”需要指定一个文件。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="106" />
        <source>--csv goes with train only.</source>
        <translation>--csv 只能和 train 一起使用。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="108" />
        <source>--output goes with train and the exports only.</source>
        <translation>--output 只能和 train 及导出命令一起使用。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="110" />
        <source>“%1” needs -o OUT.py, the script to write.</source>
        <translation>“%1”需要 -o OUT.py，指定要写入的脚本。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="116" />
        <source>--epochs goes with train and export-pytorch only.</source>
        <translation>--epochs 只能和 train 及 export-pytorch 一起使用。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="118" />
        <source>--epochs needs a whole number from 1 to %1.</source>
        <translation>--epochs 需要 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="120" />
        <source>train needs --epochs N, the number of epochs to train.</source>
        <translation>train 需要 --epochs N，即要训练的 epoch 数。</translation>
    </message>
    <message>
        <location filename="../cli/clicommandline.cpp" line="134" />
        <source>neural-lessons-cli (Neural Lessons) %1</source>
        <translation>neural-lessons-cli（神经网络互动课堂）%1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../cli/clicommands.cpp" line="69" />
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="88" />
        <source>“%1” cannot be trained: %2</source>
        <translation>无法训练“%1”：%2</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="94" />
        <location filename="../cli/clicommands.cpp" line="112" />
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="98" />
        <source>  epoch    train loss  train acc      val loss    val acc     test loss   test acc</source>
        <translation>   轮次      训练损失     准确率      验证损失     准确率      测试损失     准确率</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="115" />
        <source>The workspace has no training samples, so there is nothing to train.</source>
        <translation>这个工作区没有训练样本，无法训练。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/clicommands.cpp" line="126" />
        <source>Early stopping: the validation loss has not improved for %n epoch(s).</source>
        <translation>
            <numerusform>早停：验证损失已经连续 %n 个 epoch 没有下降。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="130" />
        <source>Training diverged (the loss or the weights grew too large); reset the workspace in the app.</source>
        <translation>训练发散了（损失或权重变得太大）；请在软件里重置这个工作区。</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="144" />
        <source>%1: a valid workspace (epoch %2, %3 parameters).</source>
        <translation>%1：有效的工作区（第 %2 轮，%3 个参数）。</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="152" />
        <source>“%1” is a folder without a lesson.json, so it is not a lesson.</source>
        <translation>“%1”是一个没有 lesson.json 的文件夹，不是课程。</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="155" />
        <source>%1: a valid lesson (%2).</source>
        <translation>%1：有效的课程（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/clicommands.cpp" line="160" />
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="179" />
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="192" />
        <source>No lessons found in “%1”.</source>
        <translation>在“%1”中没有找到课程。</translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="200" />
        <source>acceptance “%1” fails: %2</source>
        <translation>验收检查“%1”未通过：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/clicommands.cpp" line="203" />
        <source>%1: passed (%n acceptance check(s))</source>
        <translation>
            <numerusform>%1：通过（%n 项验收检查）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/clicommands.cpp" line="203" />
        <source>%1: FAILED</source>
        <translation>%1：未通过</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/clicommands.cpp" line="211" />
        <source>%n lesson(s) failed their checks.</source>
        <translation>
            <numerusform>%n 节课未通过检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="110" />
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="117" />
        <source>Export Python code</source>
        <translation>导出 Python 代码</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="119" />
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="131" />
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="137" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="138" />
        <source>The code could not be saved as %1.</source>
        <translation>无法把代码保存为 %1。</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="141" />
        <source>The code is still here: choose another folder, or copy it instead.</source>
        <translation>代码仍在这里：请换一个文件夹，或者改用复制。</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="157" />
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="158" />
        <source>Another way: Keras</source>
        <translation>另一种写法：Keras</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="159" />
        <source>The same recipe written with Keras (TensorFlow)</source>
        <translation>用 Keras（TensorFlow）写的同一个流程</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="160" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="161" />
        <source>Copy the code shown to the clipboard</source>
        <translation>把显示的代码复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="162" />
        <source>Export .py…</source>
        <translation>导出 .py…</translation>
    </message>
    <message>
        <location filename="../app/stages/codepanel.cpp" line="163" />
        <source>Save the code shown as a Python file to run with PyTorch or Keras</source>
        <translation>把显示的代码保存为 Python 文件，可以用 PyTorch 或 Keras 运行</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="30" />
        <source>Interactive lessons on training neural networks, in English and Simplified Chinese.</source>
        <translation>关于训练神经网络的互动课程，提供英文和简体中文界面。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33" />
        <source>Interface language: %1. Default: the system language.</source>
        <translation>界面语言：%1。默认跟随系统语言。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36" />
        <source>Start with the dark palette (light text on a dark background).</source>
        <translation>以深色配色启动（深色背景、浅色文字）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37" />
        <source>Open lesson N (1-%1).</source>
        <translation>打开第 N 课（1-%1）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38" />
        <source>With --lesson: start at step K (1 = the first).</source>
        <translation>与 --lesson 一起使用：从第 K 步开始（1 = 第一步）。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38" />
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39" />
        <source>Teacher mode: show teacher notes and answer keys.</source>
        <translation>教师模式：显示教师提示和答案。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40" />
        <source>Projector mode: full screen with large fonts.</source>
        <translation>投影模式：全屏、大字号。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41" />
        <source>A workspace file (.nlw) to open in free play, or a lesson folder.</source>
        <translation>要在自由探索中打开的工作区文件（.nlw），或一个课程文件夹。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42" />
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64" />
        <source>--lesson needs a lesson number from 1 to %1.</source>
        <translation>--lesson 需要 1 到 %1 之间的课号。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71" />
        <source>--step needs --lesson and a step number from 1.</source>
        <translation>--step 需要同时给出 --lesson，步骤号从 1 开始。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="82" />
        <source>Unexpected argument "%1".</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="100" />
        <source>Run with --help to see the available options.</source>
        <translation>使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105" />
        <source>Neural Lessons %1</source>
        <translation>神经网络互动课堂 %1</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="14" />
        <source>Comparison of the runs</source>
        <translation>几次训练的对比</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="57" />
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="58" />
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="59" />
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="60" />
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="61" />
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="62" />
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="63" />
        <source>Epochs with rising loss</source>
        <translation>损失上升的 epoch 数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="64" />
        <source>Updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="65" />
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="66" />
        <source>Updates per epoch</source>
        <translation>每个 epoch 的更新次数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="67" />
        <source>Samples seen</source>
        <translation>已见样本数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="68" />
        <source>Lowest validation loss</source>
        <translation>最低验证损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="69" />
        <source>Epoch of the lowest validation loss</source>
        <translation>验证损失最低的 epoch</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="70" />
        <source>Hidden neurons</source>
        <translation>隐藏神经元数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="71" />
        <source>Trainable parameters</source>
        <translation>可训练参数</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="72" />
        <source>Gradient, first layer</source>
        <translation>梯度（第一层）</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="73" />
        <source>Gradient, last layer</source>
        <translation>梯度（最后一层）</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="74" />
        <source>SSE</source>
        <translation>误差平方和（SSE）</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="75" />
        <source>Probability of Cat</source>
        <translation>猫的概率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="76" />
        <source>Probability of Dog</source>
        <translation>狗的概率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="77" />
        <source>Probability of Other</source>
        <translation>其他的概率</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="78" />
        <source>Predicted class (0 Cat, 1 Dog, 2 Other)</source>
        <translation>预测的类别（0 猫，1 狗，2 其他）</translation>
    </message>
    <message>
        <location filename="../app/lessons/comparetable.cpp" line="80" />
        <source>%1 at epoch %2</source>
        <translation>第 %2 个 epoch 的%1</translation>
    </message>
</context>
<context>
    <name>ConfusionGrid</name>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="73" />
        <source>Positive (1)</source>
        <translation>正类（1）</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="73" />
        <source>Negative (0)</source>
        <translation>负类（0）</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="85" />
        <source>true positive</source>
        <translation>真正例</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="85" />
        <source>false negative</source>
        <translation>假负例</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="86" />
        <source>false positive</source>
        <translation>假正例</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="86" />
        <source>true negative</source>
        <translation>真负例</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="168" />
        <source>Actual: %1, predicted: %2</source>
        <translation>实际：%1，预测：%2</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="169" />
        <source>Samples: %1</source>
        <translation>样本数：%1</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="170" />
        <source>Click to highlight them in the plot</source>
        <translation>点击可在图中突出显示这些样本</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="211" />
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../app/views/confusiongrid.cpp" line="215" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="88" />
        <source>Training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="89" />
        <source>Validation set</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="91" />
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="107" />
        <source>No data yet</source>
        <translation>还没有数据</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="109" />
        <source>Regression has no classes, so there is no confusion matrix</source>
        <translation>回归任务没有类别，因此没有混淆矩阵</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="111" />
        <source>No predictions yet</source>
        <translation>还没有预测结果</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="116" />
        <source>This set has no samples</source>
        <translation>该数据集没有样本</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="140" />
        <source>Accuracy = correct / total = %1 / %2 = %3</source>
        <translation>准确率 = 正确数 / 总数 = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="178" />
        <source>Which set the confusion matrix counts</source>
        <translation>混淆矩阵统计的是哪个数据集</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="179" />
        <source>Set for the confusion matrix</source>
        <translation>混淆矩阵的数据集</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="180" />
        <source>Rows: actual class, columns: predicted class. Click a cell to highlight its samples in the plot; click it again to clear</source>
        <translation>行：实际类别，列：预测类别。点击单元格可在图中突出显示其中的样本；再次点击取消</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="182" />
        <location filename="../app/views/confusionmatrixview.cpp" line="185" />
        <location filename="../app/views/confusionmatrixview.cpp" line="186" />
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="183" />
        <source>Accuracy: the diagonal cells (correct predictions) divided by all samples</source>
        <translation>准确率：对角线单元格（预测正确）的样本数除以全部样本数</translation>
    </message>
    <message>
        <location filename="../app/views/confusionmatrixview.cpp" line="184" />
        <source>Accuracy of the set</source>
        <translation>该数据集的准确率</translation>
    </message>
</context>
<context>
    <name>ControlLocks</name>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="274" />
        <location filename="../app/workspace/controllocks.cpp" line="44" />
        <source>Locked in this lesson step</source>
        <translation>本课这一步已锁定</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <location filename="../app/views/countersview.cpp" line="85" />
        <source>batch %1 of %2 in this epoch</source>
        <translation>本轮第 %1/%2 个批量</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="105" />
        <source>Epoch</source>
        <translation>epoch（轮）</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="106" />
        <source>Updates (iterations)</source>
        <translation>更新次数（迭代）</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="107" />
        <source>Samples seen</source>
        <translation>已见样本数</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="108" />
        <source>ms per epoch</source>
        <translation>每轮毫秒数</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="110" />
        <source>Epochs finished: one epoch = every training sample used once</source>
        <translation>已完成的轮数：一轮（epoch）= 全部训练样本训练一遍</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="111" />
        <source>Weight updates so far: one per batch</source>
        <translation>到目前为止的权重更新次数：每个批量更新一次</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="112" />
        <source>Training samples fed to the network so far, repeats included</source>
        <translation>到目前为止送入网络的训练样本数（含重复）</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="113" />
        <source>Wall-clock time of one epoch, in milliseconds</source>
        <translation>一轮（epoch）的实际耗时，单位毫秒</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="122" />
        <source>Batch in this epoch</source>
        <translation>本轮中的批量</translation>
    </message>
    <message>
        <location filename="../app/views/countersview.cpp" line="123" />
        <location filename="../app/views/countersview.cpp" line="124" />
        <source>Training counters</source>
        <translation>训练计数器</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="77" />
        <source>Change the split to %1/%2/%3</source>
        <translation>将划分改为 %1/%2/%3</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="104" />
        <source>Change the batch size to %1</source>
        <translation>将批量大小改为 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="119" />
        <source>Change the data seed to %1</source>
        <translation>将数据种子改为 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="129" />
        <source>Change the initialization seed to %1</source>
        <translation>将初始化种子改为 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="195" />
        <source>Draw your own data</source>
        <translation>自己画数据</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="204" />
        <source>Choose the data set: %1</source>
        <translation>选择数据集：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="212" />
        <source>Use the full batch</source>
        <translation>使用全批量</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="212" />
        <source>Use mini-batches of %1</source>
        <translation>使用大小为 %1 的小批量</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="220" />
        <source>New data (seed %1)</source>
        <translation>新数据（种子 %1）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="229" />
        <source>Clear points</source>
        <translation>清除所有点</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="237" />
        <source>Add a point</source>
        <translation>添加一个点</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/datapanel.cpp" line="247" />
        <source>Erase %n point(s)</source>
        <translation>
            <numerusform>擦除 %n 个点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="279" />
        <source>Full batch is on: every update uses the whole training set</source>
        <translation>已开启全批量：每次更新都使用整个训练集</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="280" />
        <source>Training samples per weight update (1–30)</source>
        <translation>每次更新权重所用的训练样本数（1–30）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="331" />
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="332" />
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="333" />
        <source>Full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="334" />
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="335" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="336" />
        <source>Init seed</source>
        <translation>初始化种子</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="340" />
        <source>How much the points scatter across the class boundary (0–50 %)</source>
        <translation>数据点越过类别边界的分散程度（0–50%）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="341" />
        <source>How many points the data set has</source>
        <translation>数据集中点的个数</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="342" />
        <source>How many classes (colours) the data set has</source>
        <translation>数据集的类别（颜色）个数</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="343" />
        <source>Share of positive (blue) points in the imbalanced set</source>
        <translation>不平衡数据集中正类（蓝色）点所占的比例</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="344" />
        <source>Use the whole training set for every update (one update per epoch)</source>
        <translation>每次更新都使用整个训练集（每个 epoch 只更新一次）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="345" />
        <source>The same seed gives the same points and the same split</source>
        <translation>相同的种子得到相同的数据点和相同的划分</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="346" />
        <source>New random data: draws a new data seed</source>
        <translation>生成新的随机数据：抽取一个新的数据种子</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="347" />
        <source>The same seed gives the same initial weights</source>
        <translation>相同的种子得到相同的初始权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="348" />
        <source>The class a left click in the plot adds</source>
        <translation>在图中左键单击时添加的类别</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="349" />
        <source>Remove every drawn point</source>
        <translation>删除所有画出的点</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="350" />
        <source>Share of the samples the network learns from</source>
        <translation>网络用来学习的样本所占比例</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="351" />
        <source>Share held out to compare settings while training (may be 0)</source>
        <translation>留出来在训练时比较不同设置的样本比例（可以为 0）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datapanel.cpp" line="352" />
        <source>Share kept for the final check; hidden until you show it</source>
        <translation>留到最后检验用的样本比例；在你选择显示之前一直隐藏</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="82" />
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="83" />
        <source>XOR</source>
        <translation>异或</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="84" />
        <source>Two blobs</source>
        <translation>两团点</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="85" />
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="86" />
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="87" />
        <source>Bumps (regression)</source>
        <translation>多峰（回归）</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="88" />
        <source>Moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="89" />
        <source>Blobs</source>
        <translation>多团点</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="90" />
        <source>3-arm spiral</source>
        <translation>三臂螺旋</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="91" />
        <source>Random labels</source>
        <translation>随机标签</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="92" />
        <source>Imbalanced blobs</source>
        <translation>不平衡两团点</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="93" />
        <source>Handwritten digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="94" />
        <source>Draw your own</source>
        <translation>自己画</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="102" />
        <source>blue points inside a disc, orange points in a ring around it.</source>
        <translation>蓝色点在圆盘内，橙色点在外面的圆环上。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="103" />
        <source>blue where x₁ and x₂ have the same sign, orange where they differ.</source>
        <translation>x₁ 与 x₂ 同号处为蓝色，异号处为橙色。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="104" />
        <source>two Gaussian clouds, blue around (2, 2) and orange around (−2, −2).</source>
        <translation>两团高斯分布的点，蓝色围绕 (2, 2)，橙色围绕 (−2, −2)。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="105" />
        <source>two interleaved spiral arms, the hardest Playground set.</source>
        <translation>两条交错的螺旋臂，是 Playground 中最难的数据集。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="106" />
        <source>the target grows evenly towards the top right.</source>
        <translation>目标值向右上方均匀增大。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="107" />
        <source>the target is a sum of positive and negative Gaussian bumps.</source>
        <translation>目标值是若干正、负高斯峰之和。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="108" />
        <source>two interleaving half-moons.</source>
        <translation>两个相互交错的半月形。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="109" />
        <source>several Gaussian clouds, one class each (softmax output).</source>
        <translation>几团高斯分布的点，每团一个类别（softmax 输出）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="110" />
        <source>three classes in interleaved spiral arms.</source>
        <translation>三个类别，分布在交错的螺旋臂上。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="112" />
        <source>no pattern at all; a large network can only memorise the training set.</source>
        <translation>完全没有规律；大网络只能死记硬背训练集。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="114" />
        <source>few blue points among many orange ones; accuracy alone can mislead.</source>
        <translation>大量橙色点中只有少数蓝色点；只看准确率会被误导。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="115" />
        <source>1,797 images of 8×8 pixels, ten classes; the network sees 64 inputs.</source>
        <translation>1797 张 8×8 像素的图片，共十个类别；网络有 64 个输入。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="116" />
        <source>click in the plot to add points, right-drag to erase them.</source>
        <translation>在图中单击添加点，按住右键拖动擦除点。</translation>
    </message>
    <message>
        <location filename="../app/workspace/datasetpicker.cpp" line="123" />
        <location filename="../app/workspace/datasetpicker.cpp" line="174" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DecisionBoundaryView</name>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="46" />
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="47" />
        <source>The network's output over the plane, with the data points on top</source>
        <translation>网络在整个平面上的输出，数据点画在上面</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="48" />
        <source>Background: the network's output at every point of the plane (blue positive, orange negative).</source>
        <translation>背景：网络在平面上每一点的输出（蓝色为正，橙色为负）。</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="49" />
        <source>Filled dots: training set. Rings: validation set. Squares: test set (when shown).</source>
        <translation>实心点：训练集。圆环：验证集。方块：测试集（显示时）。</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="51" />
        <source>Left click adds a point. Right click adds one of the other class (two classes) or erases (more classes). Right-drag erases points.</source>
        <translation>左键单击添加一个点。右键单击添加另一类的点（两类数据）或擦除点（多类数据）。按住右键拖动可擦除点。</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="256" />
        <source>No data yet</source>
        <translation>还没有数据</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="258" />
        <source>No points yet: click in the plot to draw some</source>
        <translation>还没有点：在图中单击即可画点</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="263" />
        <source>Showing one neuron's output</source>
        <translation>正在显示一个神经元的输出</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="265" />
        <source>Showing output neuron %1</source>
        <translation>正在显示输出层第 %1 个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="266" />
        <source>Showing hidden layer %1, neuron %2</source>
        <translation>正在显示第 %1 个隐藏层的第 %2 个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="269" />
        <source>Predicted class at every point</source>
        <translation>每一点的预测类别</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="271" />
        <source>Predicted class at every point (discretized output)</source>
        <translation>每一点的预测类别（离散化输出）</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="273" />
        <source>Network output (regression)</source>
        <translation>网络输出（回归）</translation>
    </message>
    <message>
        <location filename="../app/views/decisionboundaryview.cpp" line="274" />
        <source>Network output: the decision boundary</source>
        <translation>网络输出：决策边界</translation>
    </message>
</context>
<context>
    <name>DigitsGallery</name>
    <message>
        <location filename="../app/views/digitsgallery.cpp" line="53" />
        <source>Test set: the network's guess under each digit</source>
        <translation>测试集：每个数字下方是网络的预测</translation>
    </message>
    <message>
        <location filename="../app/views/digitsgallery.cpp" line="55" />
        <source>Validation set: the network's guess under each digit</source>
        <translation>验证集：每个数字下方是网络的预测</translation>
    </message>
    <message>
        <location filename="../app/views/digitsgallery.cpp" line="59" />
        <source>Training set: the network's guess under each digit</source>
        <translation>训练集：每个数字下方是网络的预测</translation>
    </message>
    <message>
        <location filename="../app/views/digitsgallery.cpp" line="64" />
        <source>%1 of %2 guessed wrong (red frame)</source>
        <translation>%2 个中有 %1 个预测错误（红框）</translation>
    </message>
</context>
<context>
    <name>DiscussionPause</name>
    <message>
        <location filename="../app/lessons/discussionpause.cpp" line="63" />
        <source>&lt;b&gt;Pause for discussion.&lt;/b&gt; Think alone, tell your neighbour, then vote before anyone presses the button.</source>
        <translation>&lt;b&gt;暂停讨论。&lt;/b&gt;先独立思考，再和同桌交流，然后全班投票，之后再按按钮。</translation>
    </message>
    <message>
        <location filename="../app/lessons/discussionpause.cpp" line="66" />
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <location filename="../app/lessons/discussionpause.cpp" line="67" />
        <source>%1:%2 left</source>
        <translation>还剩 %1:%2</translation>
    </message>
    <message>
        <location filename="../app/lessons/discussionpause.cpp" line="68" />
        <source>Start a 1-minute timer</source>
        <translation>开始 1 分钟计时</translation>
    </message>
    <message>
        <location filename="../app/lessons/discussionpause.cpp" line="69" />
        <source>Time the think–pair–share discussion</source>
        <translation>为“思考—配对—分享”讨论计时</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="133" />
        <source>Lower the learning rate to %1</source>
        <translation>把学习率降到 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="153" />
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="159" />
        <source>Reset to the start</source>
        <translation>重置到起点</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="160" />
        <source>Back to epoch 0 with the same initial weights and the same settings</source>
        <translation>回到第 0 轮（epoch），初始权重和设置都不变</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="161" />
        <source>Lower the learning rate and reset</source>
        <translation>降低学习率并重置</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="162" />
        <source>Sets the learning rate from %1 to %2 (undoable) and goes back to epoch 0</source>
        <translation>把学习率从 %1 改为 %2（可撤销），并回到第 0 轮（epoch）</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="164" />
        <location filename="../app/workspace/divergencebanner.cpp" line="165" />
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="169" />
        <source>Training problem</source>
        <translation>训练出现问题</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="171" />
        <source>Training stopped because the numbers grew out of range</source>
        <translation>数值超出范围，训练已停止</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="172" />
        <source>Training needs training points</source>
        <translation>训练需要训练集中的点</translation>
    </message>
    <message>
        <location filename="../app/workspace/divergencebanner.cpp" line="173" />
        <source>The last change could not be carried out</source>
        <translation>上一次修改无法执行</translation>
    </message>
</context>
<context>
    <name>DrawPointsControls</name>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="108" />
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="108" />
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="109" />
        <source>Class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="115" />
        <source>A left click in the plot adds a positive (blue) point</source>
        <translation>在图中左键单击添加一个正类（蓝色）点</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="116" />
        <source>A left click in the plot adds a negative (orange) point</source>
        <translation>在图中左键单击添加一个负类（橙色）点</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="117" />
        <source>A left click in the plot adds a point of class %1</source>
        <translation>在图中左键单击添加一个类别 %1 的点</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="126" />
        <source>Draw points of class: %1</source>
        <translation>画出的点的类别：%1</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="129" />
        <source>Clear points</source>
        <translation>清除所有点</translation>
    </message>
    <message>
        <location filename="../app/workspace/drawpointscontrols.cpp" line="130" />
        <source>Left click: add a point · right-drag: erase</source>
        <translation>左键单击：添加点 · 按住右键拖动：擦除</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../app/enginetext.cpp" line="12" />
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="14" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="16" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="18" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="20" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="22" />
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="31" />
        <source>Mean squared error (MSE)</source>
        <translation>均方误差（MSE）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="33" />
        <source>Half squared error (as TF Playground shows)</source>
        <translation>半平方误差（TF Playground 显示的值）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="35" />
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="37" />
        <source>Softmax cross-entropy</source>
        <translation>softmax 交叉熵</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="46" />
        <source>Mean of (output − label)² over the samples, like torch.nn.MSELoss().</source>
        <translation>对所有样本取 (输出 − 标签)² 的平均值，与 torch.nn.MSELoss() 相同。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="48" />
        <source>Mean of ½ (output − label)²: the number TensorFlow Playground shows, half of the MSE.</source>
        <translation>½ (输出 − 标签)² 的平均值：TensorFlow Playground 显示的数，等于 MSE 的一半。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="50" />
        <source>−(label · log output + (1 − label) · log(1 − output)), like torch.nn.BCELoss(); needs outputs between 0 and 1.</source>
        <translation>−(标签 · log 输出 + (1 − 标签) · log(1 − 输出))，与 torch.nn.BCELoss() 相同；输出必须在 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="53" />
        <source>−log of the probability the softmax gives the right class, like torch.nn.CrossEntropyLoss(); for multi-class data.</source>
        <translation>softmax 给正确类别的概率取 −log，与 torch.nn.CrossEntropyLoss() 相同；用于多类别数据。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="63" />
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="65" />
        <source>SGD + momentum</source>
        <translation>SGD + 动量</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="67" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="76" />
        <source>Plain gradient descent: new w = old w − learning rate × gradient.</source>
        <translation>普通的梯度下降：新 w = 旧 w − 学习率 × 梯度。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="78" />
        <source>Keeps a running direction (momentum 0.9), so steps speed up along a steady slope.</source>
        <translation>保留之前的前进方向（动量 0.9），在稳定的坡上步子越走越快。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="80" />
        <source>Adapts the step of every weight to the size of its recent gradients (Kingma &amp; Ba 2014).</source>
        <translation>根据每个权重最近梯度的大小调整它的步长（Kingma &amp; Ba 2014）。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="89" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="91" />
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="93" />
        <source>L2 (weight decay)</source>
        <translation>L2（权重衰减）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="102" />
        <source>Playground uniform</source>
        <translation>Playground 均匀分布</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="104" />
        <source>Xavier (Glorot)</source>
        <translation>Xavier（Glorot）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="106" />
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="108" />
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="117" />
        <source>Weights drawn uniformly from −0.5 to 0.5, biases 0.1, as in TensorFlow Playground.</source>
        <translation>权重在 −0.5 到 0.5 之间均匀随机，偏置为 0.1，与 TensorFlow Playground 相同。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="119" />
        <source>Weights scaled to the layer size so signals keep their size (Glorot &amp; Bengio 2010); biases 0.</source>
        <translation>按层的大小缩放权重，使信号大小保持不变（Glorot &amp; Bengio 2010）；偏置为 0。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="121" />
        <source>Weights scaled for ReLU layers (He et al. 2015); biases 0.</source>
        <translation>为 ReLU 层缩放的权重（He 等 2015）；偏置为 0。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="123" />
        <source>Every weight and bias 0: the neurons of a layer stay identical and cannot learn different things.</source>
        <translation>所有权重和偏置都是 0：同一层的神经元始终一模一样，学不到不同的东西。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="132" />
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="134" />
        <source>Exclusive or (XOR)</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="136" />
        <source>Two blobs</source>
        <translation>两团点</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="138" />
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="140" />
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="142" />
        <source>Gaussian bumps (regression)</source>
        <translation>高斯起伏（回归）</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="144" />
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="146" />
        <source>Several blobs</source>
        <translation>多团点</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="148" />
        <source>Three-arm spiral</source>
        <translation>三臂螺旋</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="150" />
        <source>Random labels</source>
        <translation>随机标签</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="152" />
        <source>Imbalanced blobs</source>
        <translation>不平衡两团点</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="154" />
        <source>Handwritten digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="156" />
        <source>Your own points</source>
        <translation>自己画的点</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="165" />
        <source>Two classes</source>
        <translation>两个类别</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="167" />
        <source>Several classes</source>
        <translation>多个类别</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="169" />
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="180" />
        <source>Training stopped: the epoch limit was reached.</source>
        <translation>训练已停止：达到了 epoch 上限。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="182" />
        <source>Training stopped early: the validation loss stopped improving.</source>
        <translation>训练提前停止：验证集损失不再下降。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="184" />
        <source>Training stopped: it diverged.</source>
        <translation>训练已停止：训练发散了。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="186" />
        <source>Training paused.</source>
        <translation>训练已暂停。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="188" />
        <source>Nothing to train on: the training set has no points.</source>
        <translation>无法训练：训练集中没有点。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="199" />
        <source>Training stopped: the numbers became infinite (NaN). The learning rate is probably too high for this network; the weights were restored to the last good epoch. Try a smaller learning rate.</source>
        <translation>训练已停止：数值变成了无穷大（NaN）。对这个网络来说，学习率很可能太高了；权重已恢复到上一个正常的 epoch。请试试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="203" />
        <source>Training stopped: the loss exploded (it grew past a million). The learning rate is probably too high for this network: every step jumps past the minimum and lands higher than before. Try a smaller learning rate.</source>
        <translation>训练已停止：损失爆炸了（超过了一百万）。对这个网络来说，学习率很可能太高了：每一步都越过最低点，落得比之前更高（超调）。请试试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="207" />
        <source>Training stopped: the weights exploded (one grew past a million). The learning rate is probably too high for this network: every step overshoots further. Try a smaller learning rate.</source>
        <translation>训练已停止：权重爆炸了（有一个权重超过了一百万）。对这个网络来说，学习率很可能太高了：每一步都超调得更远。请试试更小的学习率。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="220" />
        <source>Softmax cross-entropy needs a softmax output layer, which only data sets with three or more classes have.</source>
        <translation>softmax 交叉熵需要 softmax 输出层，只有三个或更多类别的数据集才有。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="223" />
        <source>Binary cross-entropy needs outputs between 0 and 1: choose the Sigmoid output (labels 0/1) first.</source>
        <translation>二元交叉熵要求输出在 0 和 1 之间：请先选择 Sigmoid 输出层（标签 0/1）。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="226" />
        <source>A softmax output layer needs at least two output neurons.</source>
        <translation>softmax 输出层至少需要两个输出神经元。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="237" />
        <source>These settings cannot be trained (for example the loss does not suit the output layer), so the previous run was kept. Undo the last change or choose other settings.</source>
        <translation>这些设置无法训练（例如损失函数和输出层不匹配），因此保留了之前的训练。请撤销上一次修改，或选择其他设置。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="240" />
        <source>These hyperparameters were refused, so training goes on with the previous ones. Undo the last change or choose other values.</source>
        <translation>这些超参数未被接受，训练继续使用之前的值。请撤销上一次修改，或选择其他值。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="243" />
        <source>This change to the network could not be made; the network is unchanged.</source>
        <translation>无法对网络做这个修改；网络保持不变。</translation>
    </message>
    <message>
        <location filename="../app/enginetext.cpp" line="245" />
        <source>Nothing to train on yet: the training set has no points. Draw some points of both classes in the plot first.</source>
        <translation>还没有可训练的数据：训练集中没有点。请先在图中画出两个类别的点。</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message>
        <location filename="../app/files/exportwriter.cpp" line="12" />
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../app/files/exportwriter.cpp" line="15" />
        <source>The folder “%1” is read-only, or you may not write there. Choose another folder.</source>
        <translation>文件夹“%1”是只读的，或者你没有写入权限。请换一个文件夹。</translation>
    </message>
    <message>
        <location filename="../app/files/exportwriter.cpp" line="18" />
        <source>The file “%1” is read-only.</source>
        <translation>文件“%1”是只读的。</translation>
    </message>
    <message>
        <location filename="../app/files/exportwriter.cpp" line="30" />
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>FeaturesPanel</name>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="120" />
        <source>Turn on the input %1</source>
        <translation>打开输入 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="120" />
        <source>Turn off the input %1</source>
        <translation>关闭输入 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="133" />
        <source>Features apply to 2-D data only: the digits use their 64 pixels as inputs.</source>
        <translation>特征只适用于二维数据：手写数字直接以 64 个像素作为输入。</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="135" />
        <source>At least one input feature must stay on.</source>
        <translation>至少要保留一个输入特征。</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="180" />
        <source>x₁: the horizontal coordinate of the point</source>
        <translation>x₁：点的横坐标</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="181" />
        <source>x₂: the vertical coordinate of the point</source>
        <translation>x₂：点的纵坐标</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="182" />
        <source>x₁²: large far left and far right, small in the middle</source>
        <translation>x₁²：最左和最右处大，中间小</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="183" />
        <source>x₂²: large far up and far down, small in the middle</source>
        <translation>x₂²：最上和最下处大，中间小</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="184" />
        <source>x₁x₂: positive in the top-right and bottom-left quarters, negative in the others</source>
        <translation>x₁x₂：右上和左下两个象限为正，另外两个为负</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="185" />
        <source>sin x₁: stripes that repeat from left to right</source>
        <translation>sin x₁：从左到右重复的条纹</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="186" />
        <source>sin x₂: stripes that repeat from bottom to top</source>
        <translation>sin x₂：从下到上重复的条纹</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="189" />
        <source>On: the network gets this input. Click to remove it.</source>
        <translation>已打开：网络使用这个输入。单击可去掉它。</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="190" />
        <source>Off. Click to give the network this input.</source>
        <translation>已关闭。单击可把这个输入交给网络。</translation>
    </message>
    <message>
        <location filename="../app/workspace/featurespanel.cpp" line="191" />
        <source>Features apply to 2-D data only</source>
        <translation>特征只适用于二维数据</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../app/files/filemenu.cpp" line="65" />
        <source>The workspace cannot be saved</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="65" />
        <source>“%1” cannot be saved.

%2</source>
        <translation>无法保存“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="83" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="84" />
        <source>Open a saved workspace in free play</source>
        <translation>在自由探索中打开保存的工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="85" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="86" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="87" />
        <source>Save the workspace: data, network, weights, settings and training so far</source>
        <translation>保存工作区：数据、网络、权重、设置和目前的训练进度</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="88" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="89" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="90" />
        <source>&amp;PyTorch script…</source>
        <translation>PyTorch 脚本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="91" />
        <source>A Python script that trains this network in PyTorch on the same data, from the same initial weights and in the same sample order: it prints the app's loss curve</source>
        <translation>一个 Python 脚本：用 PyTorch 在相同的数据上、从相同的初始权重出发、按相同的样本顺序训练这个网络，打印出的就是软件里的损失曲线</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="94" />
        <source>&amp;Keras script…</source>
        <translation>Keras 脚本(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="95" />
        <source>The same network in Keras (TensorFlow), on the same data and from the same initial weights</source>
        <translation>用 Keras（TensorFlow）写的同一个网络，使用相同的数据和初始权重</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="123" />
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="124" />
        <source>Neural Lessons workspaces (*.%1);;All files (*)</source>
        <translation>神经网络互动课堂工作区 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="178" />
        <source>The workspace cannot be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="178" />
        <source>“%1” cannot be opened.

%2</source>
        <translation>无法打开“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="205" />
        <location filename="../app/files/filemenu.cpp" line="218" />
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="208" />
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="209" />
        <source>Neural Lessons workspaces (*.%1)</source>
        <translation>神经网络互动课堂工作区 (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="220" />
        <source>Export Keras script</source>
        <translation>导出 Keras 脚本</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="220" />
        <source>Export PyTorch script</source>
        <translation>导出 PyTorch 脚本</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="222" />
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="243" />
        <source>The script cannot be exported</source>
        <translation>无法导出脚本</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="243" />
        <source>“%1” cannot be exported.

%2</source>
        <translation>无法导出“%1”。

%2</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="268" />
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="272" />
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="285" />
        <source>Workspace not found</source>
        <translation>找不到工作区</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="286" />
        <source>“%1” no longer exists; it was removed from the recent workspaces.</source>
        <translation>“%1”已不存在，已从最近的工作区中移除。</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="301" />
        <source>Restore the workspace?</source>
        <translation>恢复工作区？</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="302" />
        <source>Neural Lessons did not close properly last time. Free play was saved automatically at %1. Restore it?</source>
        <translation>神经网络互动课堂上次没有正常关闭。自由探索的工作区已在 %1 自动保存。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="308" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="310" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../app/files/filemenu.cpp" line="320" />
        <source>The workspace cannot be restored</source>
        <translation>无法恢复工作区</translation>
    </message>
</context>
<context>
    <name>FreeModePanel</name>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="24" />
        <source>Lesson %1 · %2</source>
        <translation>第 %1 课 · %2</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="27" />
        <source>### Try it yourself</source>
        <translation>### 自己试试</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="28" />
        <source>Every control is unlocked now. Your challenge:</source>
        <translation>现在所有控件都可以用了。你的挑战：</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="39" />
        <source>Restore the lesson preset</source>
        <translation>恢复本课预设</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="41" />
        <source>Go back to the lesson's data, network and settings</source>
        <translation>回到本课的数据、网络和设置</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="60" />
        <source>Open this setup in TF Playground</source>
        <translation>在 TF Playground 中打开这个设置</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="62" />
        <source>Opens the same data, network and settings in TensorFlow Playground (needs the internet); the link is also copied</source>
        <translation>在 TensorFlow Playground 中打开相同的数据、网络和设置（需要联网）；链接也会复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="76" />
        <source>No Playground link for this setup: %1</source>
        <translation>这个设置无法生成 Playground 链接：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="81" />
        <source>Opened in your browser; the link is also on the clipboard.</source>
        <translation>已在浏览器中打开；链接也已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="82" />
        <source>The link is on the clipboard: paste it into a browser.</source>
        <translation>链接已复制到剪贴板：请粘贴到浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="89" />
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="90" />
        <source>false negatives in the validation set</source>
        <translation>验证集中的假负例（FN）个数</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="91" />
        <source>trainable parameters</source>
        <translation>可训练参数</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="92" />
        <source>hidden neurons</source>
        <translation>隐藏层神经元</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="93" />
        <source>updates</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="100" />
        <source>✓ Challenge met on your screen right now!</source>
        <translation>✓ 你屏幕上的结果已经达成挑战！</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="101" />
        <source>Not met yet: keep trying.</source>
        <translation>还没达成，继续试试。</translation>
    </message>
    <message>
        <location filename="../app/lessons/freemodepanel.cpp" line="105" />
        <source>Your best so far (lower is better): %1 %2</source>
        <translation>你目前的最好成绩（越小越好）：%2 %1</translation>
    </message>
</context>
<context>
    <name>GeneratorOptions</name>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="66" />
        <location filename="../app/workspace/generatoroptions.cpp" line="97" />
        <location filename="../app/workspace/generatoroptions.cpp" line="117" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="74" />
        <source>Change the number of samples to %1</source>
        <translation>将样本数改为 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="80" />
        <source>Change the positive share to %1 %</source>
        <translation>将正类占比改为 %1%</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="113" />
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="114" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="115" />
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="116" />
        <source>Positive share</source>
        <translation>正类占比</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="126" />
        <source>Change noise to %1 %</source>
        <translation>将噪声改为 %1%</translation>
    </message>
    <message>
        <location filename="../app/workspace/generatoroptions.cpp" line="136" />
        <source>Change the number of classes to %1</source>
        <translation>将类别数改为 %1</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../app/lessons/glossarydialog.cpp" line="74" />
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../app/lessons/glossarydialog.cpp" line="75" />
        <location filename="../app/lessons/glossarydialog.cpp" line="76" />
        <source>Search terms</source>
        <translation>搜索术语</translation>
    </message>
    <message>
        <location filename="../app/lessons/glossarydialog.cpp" line="77" />
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../app/lessons/glossarydialog.cpp" line="125" />
        <source>No term matches.</source>
        <translation>没有匹配的术语。</translation>
    </message>
    <message>
        <location filename="../app/lessons/glossarydialog.cpp" line="134" />
        <source>**Also called:** %1</source>
        <translation>**也叫**：%1</translation>
    </message>
</context>
<context>
    <name>GradientBarsView</name>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="38" />
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="39" />
        <source>Layer %1 (hidden)</source>
        <translation>第 %1 层（隐藏层）</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="109" />
        <source>Mean |∂L/∂w| per layer (log scale)</source>
        <translation>每层的平均 |∂L/∂w|（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="111" />
        <source>No gradients yet</source>
        <translation>还没有梯度</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="131" />
        <source>vanishing</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="147" />
        <source>How strongly the loss reacts to each layer's weights, averaged over the last epoch. Bars that shrink towards the input by whole decades are vanishing gradients: those layers hardly learn</source>
        <translation>损失对每层权重的敏感程度（上一轮 epoch 的平均值）。越靠近输入层条形就缩短好几个数量级，这就是梯度消失：这些层几乎学不到东西</translation>
    </message>
    <message>
        <location filename="../app/views/gradientbarsview.cpp" line="150" />
        <source>Gradient bars</source>
        <translation>梯度条</translation>
    </message>
</context>
<context>
    <name>HyperparameterPanel</name>
    <message>
        <location filename="../app/workspace/hyperparameterpanel.cpp" line="48" />
        <source>Regularization and stopping</source>
        <translation>正则化与停止</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../app/files/imageexport.cpp" line="51" />
        <source>Exported from Neural Lessons</source>
        <translation>由神经网络互动课堂导出</translation>
    </message>
    <message>
        <location filename="../app/files/imageexport.cpp" line="61" />
        <source>The image could not be encoded as PNG.</source>
        <translation>无法把图像编码为 PNG。</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../files/jsonfield.cpp" line="29" />
        <source>“%1” is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="36" />
        <source>“%1” must be a group of named values (a JSON object).</source>
        <translation>“%1”必须是一组带名称的值（JSON 对象）。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="49" />
        <source>“%1” must be a list (a JSON array).</source>
        <translation>“%1”必须是一个列表（JSON 数组）。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="52" />
        <source>“%1” has %2 entries; at most %3 are allowed.</source>
        <translation>“%1”有 %2 项，最多只允许 %3 项。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="59" />
        <location filename="../files/jsonfield.cpp" line="69" />
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="62" />
        <location filename="../files/jsonfield.cpp" line="83" />
        <source>“%1” is %2, but it must be from %3 to %4.</source>
        <translation>“%1”的值是 %2，但必须在 %3 到 %4 之间。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="72" />
        <source>“%1” is %2, but it must be 0 or more.</source>
        <translation>“%1”的值是 %2，但必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="80" />
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="90" />
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="97" />
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="99" />
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1”超过了 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="117" />
        <source>“%1” must be a seed: a whole number from 0 to 18446744073709551615.</source>
        <translation>“%1”必须是随机种子：0 到 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="125" />
        <source>“%1” has %2 values, but the network has %3 parameters.</source>
        <translation>“%1”有 %2 个值，但网络有 %3 个参数。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.cpp" line="133" />
        <source>“%1[%2]” is %3, which is too large for a weight.</source>
        <translation>“%1[%2]”的值是 %3，作为权重太大了。</translation>
    </message>
    <message>
        <location filename="../files/jsonfield.h" line="64" />
        <source>“%1” is “%2”, which is not one of: %3.</source>
        <translation>“%1”的值是“%2”，但只能是以下之一：%3。</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <location filename="../app/languageoption.cpp" line="14" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/languageoption.cpp" line="28" />
        <source>Unsupported language "%1". Choose one of: %2.</source>
        <translation>不支持的语言“%1”。可选：%2。</translation>
    </message>
</context>
<context>
    <name>LearningRateBox</name>
    <message>
        <location filename="../app/workspace/learningratebox.cpp" line="36" />
        <source>“%1” is not a number. Type a learning rate such as 0.03.</source>
        <translation>“%1”不是一个数。请输入一个学习率，例如 0.03。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningratebox.cpp" line="38" />
        <source>The learning rate must be greater than 0; %1 was not accepted.</source>
        <translation>学习率必须大于 0；%1 未被接受。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningratebox.cpp" line="40" />
        <source>The learning rate can be at most %1; %2 was not accepted.</source>
        <translation>学习率最大为 %1；%2 未被接受。</translation>
    </message>
</context>
<context>
    <name>LearningSettings</name>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="75" />
        <source>Set the learning rate to %1</source>
        <translation>把学习率设为 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="87" />
        <source>Change the optimizer</source>
        <translation>更改优化器</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="91" />
        <source>Change the loss function</source>
        <translation>更改损失函数</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="96" />
        <source>Change the initial weights</source>
        <translation>更改初始权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="109" />
        <source>Change the output layer</source>
        <translation>更改输出层</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="112" />
        <source>The loss was set to %1. %2</source>
        <translation>损失函数已改为%1。%2</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="119" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="120" />
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="121" />
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="122" />
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="123" />
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="136" />
        <source>How big a step each update takes: new w = old w − learning rate × gradient. Pick one of TensorFlow Playground's values or type your own (more than 0, at most 100).</source>
        <translation>每次更新迈多大的一步：新 w = 旧 w − 学习率 × 梯度。可以从 TensorFlow Playground 的取值中选，也可以自己输入（大于 0，最大 100）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="138" />
        <source>The rule that turns the gradient into a weight update.</source>
        <translation>把梯度变成权重更新的规则。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="139" />
        <source>How wrong the network is; training makes this number small. Choices that do not suit the output layer are greyed out: point at one to see why. Changing it starts a new run.</source>
        <translation>衡量网络错了多少；训练就是让这个数变小。和输出层不匹配的选项显示为灰色：把鼠标移到上面可以看到原因。更改后会重新开始训练。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="142" />
        <source>How the starting weights are drawn. Changing them starts a new run.</source>
        <translation>起始权重如何随机生成。更改后会重新开始训练。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="143" />
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="174" />
        <source>Tanh, labels −1/+1 (Playground)</source>
        <translation>Tanh，标签 −1/+1（Playground）</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="175" />
        <source>Sigmoid, labels 0/1 (PyTorch)</source>
        <translation>Sigmoid，标签 0/1（PyTorch）</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="176" />
        <source>The output neuron's activation: Tanh with labels −1/+1 as in TensorFlow Playground, or Sigmoid with labels 0/1 as in the PyTorch code. Changing it starts a new run.</source>
        <translation>输出神经元的激活函数：Tanh 配标签 −1/+1（与 TensorFlow Playground 相同），或 Sigmoid 配标签 0/1（与 PyTorch 代码相同）。更改后会重新开始训练。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="183" />
        <source>The output neuron's activation: Tanh gives values between −1 and 1, Linear any value. Changing it starts a new run.</source>
        <translation>输出神经元的激活函数：Tanh 输出 −1 到 1 之间的值，Linear 可以输出任意值。更改后会重新开始训练。</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="187" />
        <source>Softmax, one-hot labels</source>
        <translation>Softmax，独热编码标签</translation>
    </message>
    <message>
        <location filename="../app/workspace/learningsettings.cpp" line="188" />
        <source>Data with three or more classes always has a softmax output layer with one neuron per class.</source>
        <translation>三个或更多类别的数据总是使用 softmax 输出层，每个类别一个神经元。</translation>
    </message>
</context>
<context>
    <name>LessonListPage</name>
    <message numerus="yes">
        <location filename="../app/lessons/lessonlistpage.cpp" line="26" />
        <source> · %1 of %n checkpoint(s) right</source>
        <translation>
            <numerusform> · 检查点答对 %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="68" />
        <location filename="../app/lessons/lessonlistpage.cpp" line="100" />
        <source>Reset my progress</source>
        <translation>重置我的进度</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="69" />
        <source>Forget which steps and lessons you have done on this computer?</source>
        <translation>要清除你在这台电脑上完成的步骤和课程记录吗？</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="93" />
        <source>Neural Lessons</source>
        <translation>神经网络互动课堂</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="94" />
        <source>Twelve short lessons on how a neural network learns. Each step asks you to predict first, then run the network and see. Start with lesson 1, or explore freely.</source>
        <translation>十二节小课，讲神经网络是怎样学习的。每一步都先请你猜一猜，再让网络运行、亲眼看结果。从第 1 课开始，或者自由探索。</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="96" />
        <source>Free play</source>
        <translation>自由探索</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="97" />
        <source>Every control unlocked, no lesson</source>
        <translation>所有控件都可用，不跟课程</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="98" />
        <source>Open lesson folder…</source>
        <translation>打开课程文件夹…</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="99" />
        <source>Load a lesson from a folder on disk (for teachers and lesson authors)</source>
        <translation>从磁盘上的文件夹加载课程（供教师和课程作者使用）</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="101" />
        <source>Forget the steps you have done on this computer</source>
        <translation>清除你在这台电脑上完成的步骤记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lessons/lessonlistpage.cpp" line="125" />
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="127" />
        <source> · done ✓</source>
        <translation> · 已完成 ✓</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="131" />
        <source>%v of %m steps</source>
        <translation>%v / %m 步</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="132" />
        <source>Progress in lesson %1</source>
        <translation>第 %1 课的进度</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="136" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="136" />
        <source>Again</source>
        <translation>再学一遍</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="136" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="137" />
        <source>Open lesson %1</source>
        <translation>打开第 %1 课</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="142" />
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be opened: the lesson files have errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 无法打开：课程文件有错误。</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="144" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/lessons/lessonlistpage.cpp" line="147" />
        <source>Lesson errors</source>
        <translation>课程错误</translation>
    </message>
</context>
<context>
    <name>LossBowlPlot</name>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="156" />
        <source>minimum w = %1</source>
        <translation>最低点 w = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="241" />
        <location filename="../app/stages/lossbowlplot.cpp" line="296" />
        <source>next step: −lr × slope = %1</source>
        <translation>下一步：−学习率 × 斜率 = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="284" />
        <source>Zoomed in ×%1</source>
        <translation>放大 ×%1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="307" />
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="307" />
        <source>loss L(w) = (w − 0.655)²</source>
        <translation>损失 L(w) = (w − 0.655)²</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="325" />
        <source>slope = %1</source>
        <translation>斜率 = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="360" />
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="361" />
        <source>The loss L(w) = (w − 0.655)² of one weight. The ball is the current weight, the straight line is the tangent (its slope is the gradient) and the orange arrow shows where the next step will land.</source>
        <translation>一个权重的损失 L(w) = (w − 0.655)²。小球是当前的权重，直线是切线（它的斜率就是梯度），橙色箭头指向下一步的落点。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlplot.cpp" line="364" />
        <source>The ball is at w = %1, loss %2, slope %3.</source>
        <translation>小球在 w = %1，损失 %2，斜率 %3。</translation>
    </message>
</context>
<context>
    <name>LossBowlStage</name>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="211" />
        <source>Start: w₀ = %1</source>
        <translation>起点：w₀ = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="215" />
        <source>The ball has run off: press Reset to start over.</source>
        <translation>小球已经跑远了：按【重置】重新开始。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="218" />
        <source>Take one gradient-descent step: new w = w − lr × slope.</source>
        <translation>走一步梯度下降：新 w = 旧 w − 学习率 × 斜率。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="219" />
        <source>Take ten steps, one after the other.</source>
        <translation>一步接一步，连走十步。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="221" />
        <source>Keep stepping until w is within 1% of the minimum (at most %1 steps).</source>
        <translation>一直走，直到 w 离最低点不到 1%（最多 %1 步）。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="237" />
        <source>new w = old w − lr × slope = %1 − %2 × %3 = %4</source>
        <translation>新 w = 旧 w − 学习率 × 斜率 = %1 − %2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="241" />
        <source>new w = old w − lr × slope = %1 − %2 × %3 = ?</source>
        <translation>新 w = 旧 w − 学习率 × 斜率 = %1 − %2 × %3 = ?</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="244" />
        <source>w = %1     slope = %2     loss L(w) = %3     steps: %4</source>
        <translation>w = %1     斜率 = %2     损失 L(w) = %3     步数：%4</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="255" />
        <source>No steps yet. Each step moves w by −lr × slope.</source>
        <translation>还没有走。每一步让 w 移动 −学习率 × 斜率。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="262" />
        <source>The loss is growing: the steps overshoot more and more. The ball has left the picture, so the steps stop here: press Reset.</source>
        <translation>损失越来越大：每一步都冲得更远（超调越来越严重）。小球已经跑出了画面，所以不再继续走：请按【重置】。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="266" />
        <source>The loss is growing: the steps overshoot more and more.</source>
        <translation>损失越来越大：每一步都冲得更远（超调越来越严重）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/stages/lossbowlstage.cpp" line="268" />
        <source>Within 1% of the bottom after %n step(s).</source>
        <translation>
            <numerusform>走了 %n 步，已经到达离最低点不到 1% 的地方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="270" />
        <source>The ball bounces between two points: each step lands as far from the bottom as it started, so the loss stays the same.</source>
        <translation>小球在两个点之间来回弹：每一步的落点离最低点和出发点一样远，所以损失一直不变。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="273" />
        <source>Overshooting: the step jumped past the bottom, but the loss still went down from %1 to %2.</source>
        <translation>超调：这一步冲过了最低点，但损失仍然从 %1 降到了 %2。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="276" />
        <source>The loss went down from %1 to %2.</source>
        <translation>损失从 %1 降到了 %2。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="292" />
        <source>&amp;Learning rate</source>
        <translation>学习率(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="293" />
        <source>S&amp;tart</source>
        <translation>起点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="294" />
        <source>Left: w₀ = %1</source>
        <translation>左边：w₀ = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="295" />
        <source>Right: w₀ = %1</source>
        <translation>右边：w₀ = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="296" />
        <source>Take one step</source>
        <translation>走一步</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="297" />
        <source>Take 10 steps</source>
        <translation>走 10 步</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="298" />
        <source>Run to the bottom</source>
        <translation>运行到收敛</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="299" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="300" />
        <source>The learning rate: how far each step goes (step = learning rate × slope).</source>
        <translation>学习率：每一步走多远（步长 = 学习率 × 斜率）。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="301" />
        <source>Where the ball starts. Choosing a start point starts over.</source>
        <translation>小球从哪里出发。选择起点会重新开始。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="302" />
        <source>Put the ball back at the start point and clear the step table.</source>
        <translation>把小球放回起点，并清空步骤表。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="303" />
        <source>One row per step; the table keeps the last %1 steps.</source>
        <translation>每一步一行；表中保留最近的 %1 步。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="304" />
        <source>Step table</source>
        <translation>步骤表</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="305" />
        <source>The gradient-descent update with the numbers of the last step (before the first step: the next one).</source>
        <translation>梯度下降的更新公式，代入上一步的数字（走第一步之前：代入下一步的数字）。</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="307" />
        <source>Update formula</source>
        <translation>更新公式</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="308" />
        <source>Current weight, slope and loss</source>
        <translation>当前的权重、斜率和损失</translation>
    </message>
    <message>
        <location filename="../app/stages/lossbowlstage.cpp" line="309" />
        <source>What the last step did</source>
        <translation>上一步的结果</translation>
    </message>
</context>
<context>
    <name>LossChartView</name>
    <message>
        <location filename="../app/views/losschartview.cpp" line="120" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="121" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="122" />
        <source>Loss of the training, validation and test sets over the epochs</source>
        <translation>训练集、验证集和测试集的损失随 epoch 的变化</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="123" />
        <source>Accuracy of the sets over the epochs (classification only)</source>
        <translation>各数据集的准确率随 epoch 的变化（仅限分类任务）</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="124" />
        <source>Choose the loss or the accuracy chart</source>
        <translation>选择损失曲线或准确率曲线</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="125" />
        <source>Chart choice</source>
        <translation>图表选择</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="126" />
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="127" />
        <source>Show the loss on a logarithmic axis: small losses late in training become visible</source>
        <translation>用对数坐标轴显示损失：训练后期很小的损失也能看清</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="128" />
        <source>Logarithmic loss axis</source>
        <translation>损失对数坐标轴</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="129" />
        <location filename="../app/views/losschartview.cpp" line="131" />
        <source>Clear old runs</source>
        <translation>清除旧曲线</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="130" />
        <source>Take the curves of earlier runs off the chart (the run history keeps the runs)</source>
        <translation>把之前几次训练的曲线从图上移走（训练记录仍然保留这些训练）</translation>
    </message>
    <message>
        <location filename="../app/views/losschartview.cpp" line="132" />
        <location filename="../app/views/losschartview.cpp" line="133" />
        <source>Loss and accuracy curves</source>
        <translation>损失与准确率曲线</translation>
    </message>
</context>
<context>
    <name>LossSparkline</name>
    <message>
        <location filename="../app/stages/losssparkline.cpp" line="76" />
        <source>Loss of every training step: the band is its spread, the line its average</source>
        <translation>每一步训练的损失：色带是波动范围，线是平均值</translation>
    </message>
    <message>
        <location filename="../app/stages/losssparkline.cpp" line="77" />
        <source>Loss per training step</source>
        <translation>每步的损失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="190" />
        <source>Neural Lessons</source>
        <translation>神经网络互动课堂</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="162" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168" />
        <source>&amp;Dark palette</source>
        <translation>深色配色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169" />
        <source>Light text on a dark background: easier on the eyes in a dim room</source>
        <translation>深色背景、浅色文字：在光线较暗的教室里看得更舒服</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="170" />
        <source>Open &amp;lesson folder…</source>
        <translation>打开课程文件夹(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171" />
        <source>Less&amp;ons</source>
        <translation>课程(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172" />
        <source>Lesson &amp;list</source>
        <translation>课程列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="173" />
        <source>&amp;Free play</source>
        <translation>自由探索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174" />
        <source>Compare side &amp;by side…</source>
        <translation>并排比较(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175" />
        <source>Train the workspace and a copy of it in lockstep, each with its own settings</source>
        <translation>把工作区和它的副本同步训练，各自使用自己的设置</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="176" />
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177" />
        <source>&amp;Teacher mode</source>
        <translation>教师模式(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="178" />
        <source>Show teacher notes, answer keys and the "Show me" button</source>
        <translation>显示教师提示、答案和"演示一下"按钮</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179" />
        <source>Classroom playlist</source>
        <translation>课堂流程</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180" />
        <source>Classroom &amp;playlist (40 min)</source>
        <translation>课堂流程（40 分钟）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181" />
        <source>The Module 6 lesson plan with a timer per block</source>
        <translation>模块 6 的课堂安排，每一段都有计时器</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182" />
        <source>P&amp;rojector mode</source>
        <translation>投影模式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="183" />
        <source>Full screen with large fonts</source>
        <translation>全屏、大字号</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191" />
        <source>%1[*] — Neural Lessons</source>
        <translation>%1[*] — 神经网络互动课堂</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="213" />
        <source>Settings reset</source>
        <translation>设置已重置</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214" />
        <source>The settings file could not be read, so Neural Lessons started with default settings and no saved lesson progress. The old file was kept as:
%1</source>
        <translation>无法读取设置文件，因此“神经网络互动课堂”以默认设置启动，没有已保存的课程进度。旧文件已保留为：
%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226" />
        <source>Open lesson folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235" />
        <source>The lesson cannot be opened</source>
        <translation>无法打开这节课</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236" />
        <source>The lesson files have errors:

%1</source>
        <translation>课程文件有错误：

%1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="271" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="271" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <location filename="../app/views/metricchart.cpp" line="84" />
        <location filename="../app/views/metricchart.cpp" line="203" />
        <source>%1, epoch %2: %3</source>
        <translation>%1，第 %2 轮（epoch）：%3</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="96" />
        <source>Lowest validation loss at epoch %1</source>
        <translation>验证集损失最低：第 %1 轮（epoch）</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="99" />
        <source>The timeline shows epoch %1</source>
        <translation>时间轴正在显示第 %1 轮（epoch）</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="103" />
        <source>The training loss went up in epoch %1</source>
        <translation>第 %1 轮（epoch）训练集损失上升了</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="359" />
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="360" />
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="361" />
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="362" />
        <source>Lowest validation loss</source>
        <translation>验证集损失最低点</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="363" />
        <source>Epoch</source>
        <translation>epoch（轮）</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="365" />
        <source>Loss went up</source>
        <translation>损失上升</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="366" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="367" />
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="368" />
        <source>Loss of each set after every epoch. The green star marks the lowest validation loss, red ticks at the bottom the epochs where the training loss went up. Runs ticked in the run history are drawn in their own colours.</source>
        <translation>每轮（epoch）结束后各数据集的损失。绿色星号标出验证集损失最低点，底部的红色短线标出训练集损失上升的轮次。在训练记录里勾选的几次训练用各自的颜色画出。</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="374" />
        <source>Accuracy of each set after every epoch, in percent. The green star marks the epoch with the lowest validation loss. Runs ticked in the run history are drawn in their own colours.</source>
        <translation>每轮（epoch）结束后各数据集的准确率（百分比）。绿色星号标出验证集损失最低的轮次。在训练记录里勾选的几次训练用各自的颜色画出。</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="371" />
        <source>Loss chart</source>
        <translation>损失曲线图</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="373" />
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location filename="../app/views/metricchart.cpp" line="376" />
        <source>Accuracy chart</source>
        <translation>准确率曲线图</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../app/views/metricsview.cpp" line="148" />
        <source>Not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="150" />
        <source>In epoch %1, after batch %2 of %3</source>
        <translation>第 %1 轮（epoch）中，第 %2/%3 个批量之后</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="152" />
        <source>After epoch %1</source>
        <translation>第 %1 轮（epoch）之后</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="156" />
        <source>Generalisation gap (validation loss − training loss): %1</source>
        <translation>泛化差距（验证集损失 − 训练集损失）：%1</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="168" />
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="169" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="170" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="171" />
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="171" />
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="171" />
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="177" />
        <source>%1 samples</source>
        <translation>%1样本数</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="178" />
        <source>%1 loss</source>
        <translation>%1损失</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="179" />
        <source>%1 accuracy</source>
        <translation>%1准确率</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="181" />
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="182" />
        <source>The test set stays hidden until you choose to show it: it is for the final check only</source>
        <translation>测试集在你选择显示之前一直隐藏：它只用于最后的检验</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="183" />
        <source>Test results hidden</source>
        <translation>测试集结果已隐藏</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="184" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="185" />
        <source>Number of samples in each set</source>
        <translation>每个数据集的样本数</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="186" />
        <source>Loss over all samples of the set at the current weights</source>
        <translation>当前权重下该数据集全部样本的损失</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="187" />
        <source>Share of samples whose class is predicted correctly</source>
        <translation>类别预测正确的样本所占的比例</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="188" />
        <source>When the validation loss grows away from the training loss, the network is learning the training samples by heart: overfitting</source>
        <translation>验证集损失和训练集损失越拉越开，说明网络在死记训练样本：这就是过拟合</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="190" />
        <source>Generalisation gap</source>
        <translation>泛化差距</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="191" />
        <source>When these numbers were measured</source>
        <translation>这些数值是在什么时候测得的</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="192" />
        <source>Epoch of the metrics</source>
        <translation>指标对应的 epoch</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="193" />
        <source>Loss and accuracy of the training, validation and test sets</source>
        <translation>训练集、验证集和测试集的损失与准确率</translation>
    </message>
    <message>
        <location filename="../app/views/metricsview.cpp" line="194" />
        <source>Metrics table</source>
        <translation>指标表</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="27" />
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="28" />
        <source>Input layer</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="29" />
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="30" />
        <source>Blue links have positive weights, orange links negative ones; a thicker link has a larger |w|. Hover a neuron to see its map in the big view.</source>
        <translation>蓝色连线的权重为正，橙色连线的权重为负；连线越粗，|w| 越大。把鼠标悬停在神经元上，可以在大图中查看它的输出。</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="33" />
        <source>Click a link, or the small square at a neuron's corner (its bias), to change its value.</source>
        <translation>点击连线或神经元角上的小方块（它的偏置），可以修改数值。</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="34" />
        <source>This lesson locks the network: you can read the values but not change them.</source>
        <translation>本课锁定了网络：可以查看数值，但不能修改。</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="36" />
        <source>Keyboard: the arrow keys choose a bias or a link, Enter changes its value.</source>
        <translation>键盘：用方向键选择偏置或连线，按 Enter 修改它的数值。</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="37" />
        <source>Keyboard: the arrow keys choose a bias or a link and show its value.</source>
        <translation>键盘：用方向键选择偏置或连线，查看它的数值。</translation>
    </message>
    <message>
        <location filename="../app/views/networkcanvas.cpp" line="224" />
        <source>The network appears here once it is loaded.</source>
        <translation>网络载入后会显示在这里。</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <location filename="../app/views/networktext.cpp" line="31" />
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="37" />
        <source>neuron %1 of layer %2</source>
        <translation>第 %2 个隐藏层的第 %1 个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="39" />
        <source>the output neuron</source>
        <translation>输出神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="40" />
        <source>the output neuron of class %1</source>
        <translation>类别 %1 的输出神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="50" />
        <source>Weight %1 from %2 to %3</source>
        <translation>从%2到%3的权重：%1</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="55" />
        <source>Bias %1 of %2</source>
        <translation>%2的偏置：%1</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="60" />
        <source>%1 weights from the pixels to %2, mean |w| = %3</source>
        <translation>从各像素到%2的 %1 个权重，平均 |w| = %3</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="65" />
        <source>This is %1; its bias is %2. The small map shows its output over the plane; hover to see it in the big view.</source>
        <translation>这是%1，偏置为 %2。小图显示它在整个平面上的输出；鼠标悬停时，大图也会显示它的输出。</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="71" />
        <source>Input %1. The small map shows its value over the plane.</source>
        <translation>输入 %1。小图显示它在整个平面上的取值。</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="76" />
        <source>The %1 pixels of the image, one input each. Every neuron of the next layer has one weight per pixel.</source>
        <translation>图像的 %1 个像素，每个像素是一个输入。下一层的每个神经元对每个像素都有一个权重。</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="82" />
        <source>%1 pixels</source>
        <translation>%1 个像素</translation>
    </message>
    <message>
        <location filename="../app/views/networktext.cpp" line="87" />
        <source>Click or press Enter to change it.</source>
        <translation>点击或按 Enter 可修改。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../app/views/networkview.cpp" line="204" />
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="204" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="204" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="204" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="204" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="207" />
        <source>&amp;Activation:</source>
        <translation>激活函数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="208" />
        <source>Activation function of the hidden layers</source>
        <translation>隐藏层的激活函数</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="210" />
        <source>Network editor</source>
        <translation>网络编辑器</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="211" />
        <source>The network: inputs on the left, hidden layers in the middle, the output on the right.</source>
        <translation>网络：左边是输入，中间是隐藏层，右边是输出。</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="218" />
        <source>This lesson locks the network.</source>
        <translation>本课锁定了网络。</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="220" />
        <source>1 hidden layer</source>
        <translation>1 个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="220" />
        <source>%1 hidden layers</source>
        <translation>%1 个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="222" />
        <source>Add a hidden layer before the output layer (at most %1)</source>
        <translation>在输出层前添加一个隐藏层（最多 %1 个）</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="223" />
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="226" />
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="226" />
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="227" />
        <source>Add a neuron to hidden layer %1 (at most %2)</source>
        <translation>给第 %1 个隐藏层添加一个神经元（最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="228" />
        <source>Remove the last neuron of hidden layer %1</source>
        <translation>删除第 %1 个隐藏层的最后一个神经元</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="230" />
        <source>The activation function of every hidden layer.</source>
        <translation>所有隐藏层使用的激活函数。</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="234" />
        <source>Trainable parameters: %1</source>
        <translation>可训练参数：%1</translation>
    </message>
    <message>
        <location filename="../app/views/networkview.cpp" line="236" />
        <source>Every weight and every bias is a trainable parameter: training changes them. The learning rate or the number of layers are hyperparameters: you choose them.</source>
        <translation>每个权重和每个偏置都是可训练参数：训练会改变它们。学习率、层数等是超参数：由你来选择。</translation>
    </message>
</context>
<context>
    <name>OutputCalculatorStage</name>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="143" />
        <source>Cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="145" />
        <source>Dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="147" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="246" />
        <source>sum = %1</source>
        <translation>总和 = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="247" />
        <source>SSE = %1</source>
        <translation>SSE = %1</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="248" />
        <source>softmax output o</source>
        <translation>softmax 输出 o</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="248" />
        <source>output o</source>
        <translation>输出 o</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="249" />
        <source>The outputs come from the scores z through softmax: o = eᶻ ÷ (the sum of all three eᶻ). They are always positive and add up to 1.</source>
        <translation>输出由分数 z 经过 softmax 得到：o = eᶻ ÷（三个 eᶻ 之和）。它们总是正数，加起来等于 1。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="251" />
        <source>The network's three outputs for one picture. The label t says what the picture really shows.</source>
        <translation>网络对一张图片给出的三个输出。标签 t 表示图片里真正是什么。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="261" />
        <source>Prediction (the largest output): ?</source>
        <translation>预测（最大的输出）：?</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="263" />
        <source>Prediction: a tie between %1 and %2</source>
        <translation>预测：%1 和 %2 打平</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="265" />
        <source>Prediction (the largest output): %1 ✓ right</source>
        <translation>预测（最大的输出）：%1 ✓ 答对了</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="267" />
        <source>Prediction (the largest output): %1 ✗ wrong, the label is %2</source>
        <translation>预测（最大的输出）：%1 ✗ 答错了，标签是%2</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="278" />
        <source>Click the class the picture really shows: its one-hot label gets the 1.</source>
        <translation>点击图片里真正的类别：它的独热编码那一位是 1。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="279" />
        <source>True label: %1</source>
        <translation>真实标签：%1</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="281" />
        <source>The network's score for %1 before softmax. A higher score gives %1 a larger probability.</source>
        <translation>网络在 softmax 之前给%1的分数。分数越高，%1的概率越大。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="285" />
        <source>Score z for %1</source>
        <translation>%1的分数 z</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="295" />
        <source>The probability the network gives to %1.</source>
        <translation>网络给%1的概率。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="296" />
        <source>Output for %1</source>
        <translation>%1的输出</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="297" />
        <source>(t − o)² for %1: the label minus the output, squared.</source>
        <translation>%1的 (t − o)²：标签减输出，再平方。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="298" />
        <source>Squared error for %1</source>
        <translation>%1的平方误差</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="300" />
        <source>label t</source>
        <translation>标签 t</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="301" />
        <source>score z (logit)</source>
        <translation>分数 z（logit）</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="302" />
        <source>squared error (t − o)²</source>
        <translation>平方误差 (t − o)²</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="303" />
        <source>The label as a one-hot vector: 1 for the true class, 0 for the others.</source>
        <translation>标签的独热编码：真实类别为 1，其余为 0。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="304" />
        <source>The three outputs added up.</source>
        <translation>三个输出相加。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="305" />
        <source>The sum of the three squared errors (SSE): the loss for this picture.</source>
        <translation>三个平方误差之和（误差平方和，SSE）：这张图片的损失。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="306" />
        <source>Sum of squared errors</source>
        <translation>误差平方和</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="307" />
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="308" />
        <source>Blue: the output for each class. Orange: its squared error. Dashed: the label.</source>
        <translation>蓝色：每个类别的输出。橙色：它的平方误差。虚线框：标签。</translation>
    </message>
    <message>
        <location filename="../app/stages/outputcalculatorstage.cpp" line="309" />
        <source>Output and error bars</source>
        <translation>输出和误差柱</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="228" />
        <source>∂L/∂w of the last update: how the loss of its batch changes when this parameter grows</source>
        <translation>最近一次更新的 ∂L/∂w：这个参数变大时，那一批数据的损失怎样变化</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="233" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="235" />
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="237" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="239" />
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="246" />
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../app/views/parametertablemodel.cpp" line="246" />
        <source>hidden %1</source>
        <translation>隐藏层 %1</translation>
    </message>
</context>
<context>
    <name>PlaygroundLink</name>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="60" />
        <source>Playground does not have this data set.</source>
        <translation>Playground 没有这个数据集。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="63" />
        <source>Playground has no validation set: set the validation share to 0 %.</source>
        <translation>Playground 没有验证集：请把验证集比例设为 0 %。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="65" />
        <source>Playground's training share goes from 10 % to 90 % in steps of 10.</source>
        <translation>Playground 的训练集比例只能是 10 % 到 90 %，步长为 10。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="68" />
        <source>Playground's noise goes from 0 to 50 in steps of 5.</source>
        <translation>Playground 的噪声只能是 0 到 50，步长为 5。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="71" />
        <source>Playground has only the tanh, ReLU, sigmoid and linear activations.</source>
        <translation>Playground 只有 tanh、ReLU、sigmoid 和线性激活函数。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="73" />
        <source>Playground's output neuron is tanh with labels −1 and +1.</source>
        <translation>Playground 的输出神经元是 tanh，标签为 −1 和 +1。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="76" />
        <source>Playground allows at most 6 hidden layers of 8 neurons.</source>
        <translation>Playground 最多允许 6 个隐藏层、每层最多 8 个神经元。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="79" />
        <source>Playground trains with plain SGD and squared error, without dropout.</source>
        <translation>Playground 只用普通 SGD 和平方误差训练，没有丢弃法（dropout）。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="81" />
        <source>Playground always decides at output 0: set the decision threshold back to 0.</source>
        <translation>Playground 总是以输出 0 为判定界线：请把判定阈值调回 0。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="83" />
        <source>Playground's batch size goes from 1 to 30.</source>
        <translation>Playground 的批量大小只能是 1 到 30。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="85" />
        <source>Playground does not offer this learning rate.</source>
        <translation>Playground 没有这个学习率选项。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="88" />
        <source>Playground does not offer this regularization rate.</source>
        <translation>Playground 没有这个正则化率选项。</translation>
    </message>
    <message>
        <location filename="../app/lessons/playgroundlink.cpp" line="90" />
        <source>Playground starts from its own random weights.</source>
        <translation>Playground 只能从它自己的随机初始权重开始。</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message numerus="yes">
        <location filename="../app/lessons/playlistpanel.cpp" line="54" />
        <source>&lt;b&gt;Module 6 in class: %n minutes&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;模块 6 课堂：%n 分钟&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/playlistpanel.cpp" line="72" />
        <source>L%1</source>
        <translation>第 %1 课</translation>
    </message>
    <message>
        <location filename="../app/lessons/playlistpanel.cpp" line="73" />
        <source>L%1 ★%2</source>
        <translation>第 %1 课 ★%2</translation>
    </message>
    <message>
        <location filename="../app/lessons/playlistpanel.cpp" line="75" />
        <source>Lesson %1, step %2: %3</source>
        <translation>第 %1 课第 %2 步：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lessons/playlistpanel.cpp" line="84" />
        <location filename="../app/lessons/playlistpanel.cpp" line="140" />
        <source>Start the %n-minute timer</source>
        <translation>
            <numerusform>开始 %n 分钟计时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/playlistpanel.cpp" line="86" />
        <source>Time this block; the clock turns red when it runs over</source>
        <translation>给这一段计时；超时后时间会变红</translation>
    </message>
    <message>
        <location filename="../app/lessons/playlistpanel.cpp" line="139" />
        <source>Stop the timer</source>
        <translation>停止计时</translation>
    </message>
</context>
<context>
    <name>PointsLayer</name>
    <message>
        <location filename="../app/views/pointslayer.cpp" line="230" />
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../app/views/pointslayer.cpp" line="232" />
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../app/views/pointslayer.cpp" line="234" />
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../app/views/pointslayer.cpp" line="236" />
        <source>(test data hidden)</source>
        <translation>（测试集已隐藏）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/pointslayer.cpp" line="238" />
        <source>%n misclassified</source>
        <translation>
            <numerusform>%n 个分类错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="31" />
        <source>Check my answer</source>
        <translation>检查我的答案</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="31" />
        <source>Lock in my prediction</source>
        <translation>确定我的预测</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="33" />
        <source>Compare your answer with the answer key</source>
        <translation>把你的答案和标准答案对照</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="34" />
        <source>Your prediction is kept and shown next to the result</source>
        <translation>你的预测会保留下来，和结果放在一起对照</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="82" />
        <source>Type a number</source>
        <translation>输入一个数</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="83" />
        <source>Your number</source>
        <translation>你的数</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="97" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="115" />
        <location filename="../app/lessons/questionview.cpp" line="116" />
        <source>Drag the items into the right order</source>
        <translation>把各项拖到正确的顺序</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="240" />
        <source>(not measured yet)</source>
        <translation>（还没有测出来）</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="250" />
        <source>**✓ Right.**</source>
        <translation>**✓ 对了。**</translation>
    </message>
    <message>
        <location filename="../app/lessons/questionview.cpp" line="250" />
        <source>**✗ Not quite.** The answer: %1</source>
        <translation>**✗ 不太对。** 答案：%1</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="134" />
        <source>%1 (epoch %2)</source>
        <translation>%1（第 %2 轮）</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="137" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="147" />
        <source>Run %1 is in progress (reopened from run %2).</source>
        <translation>第 %1 次训练进行中（由第 %2 次训练重新打开）。</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="148" />
        <source>Run %1 is in progress. A run is recorded here when the next one starts (Reset, new weights, a new data set or network).</source>
        <translation>第 %1 次训练进行中。下一次训练开始时（重置、新的权重、新的数据集或网络），这一次会记录在这里。</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="192" />
        <location filename="../app/views/runhistoryview.cpp" line="204" />
        <source>Export the run history</source>
        <translation>导出训练记录</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="194" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="213" />
        <source>no hidden layer</source>
        <translation>无隐藏层</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="214" />
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="221" />
        <source>Run %1, started %2</source>
        <translation>第 %1 次训练，开始于 %2</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="222" />
        <source>Seeds: data %1, weights %2, shuffle %3</source>
        <translation>随机种子：数据 %1，权重 %2，打乱顺序 %3</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="227" />
        <source>After epoch %1: loss %2 / %3, accuracy %4 / %5 (training / validation)</source>
        <translation>第 %1 轮之后：损失 %2 / %3，准确率 %4 / %5（训练集 / 验证集）</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="236" />
        <source>Run</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="236" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="236" />
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="236" />
        <source>Training loss</source>
        <translation>训练集损失</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="237" />
        <source>Validation loss</source>
        <translation>验证集损失</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="237" />
        <source>Lowest validation loss</source>
        <translation>最低验证集损失</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="237" />
        <source>Validation accuracy</source>
        <translation>验证集准确率</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="238" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="238" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="239" />
        <source>Tick a run to draw its curves on the loss and accuracy charts</source>
        <translation>勾选一次训练，把它的曲线画到损失和准确率曲线图上</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="240" />
        <location filename="../app/views/runhistoryview.cpp" line="247" />
        <source>Run history</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="241" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="242" />
        <source>Continue the selected run: its settings and its final weights come back</source>
        <translation>继续所选的那次训练：恢复它的设置和最终权重</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="243" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="244" />
        <source>Remove the selected run from the history</source>
        <translation>从训练记录中删除所选的那次训练</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="245" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../app/views/runhistoryview.cpp" line="246" />
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation>把表格保存为 CSV 文件，可以用电子表格打开</translation>
    </message>
</context>
<context>
    <name>RunOverlays</name>
    <message>
        <location filename="../app/views/runoverlays.cpp" line="151" />
        <source>Run %1</source>
        <translation>第 %1 次训练</translation>
    </message>
</context>
<context>
    <name>RunTableCsv</name>
    <message>
        <location filename="../files/runtablecsv.cpp" line="100" />
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <location filename="../app/files/savequestion.cpp" line="7" />
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../app/files/savequestion.cpp" line="8" />
        <source>The free-play workspace has changes that are not saved.</source>
        <translation>自由探索的工作区有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../app/files/savequestion.cpp" line="9" />
        <source>The workspace “%1” has changes that are not saved.</source>
        <translation>工作区“%1”有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../app/files/savequestion.cpp" line="12" />
        <source>Save them first? If you discard them, the data, network and training since the last save are lost.</source>
        <translation>要先保存吗？如果放弃，上次保存之后的数据、网络和训练都会丢失。</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <location filename="../files/scriptexport.cpp" line="21" />
        <source>The workspace cannot be replayed for the export: %1</source>
        <translation>无法为导出重放这个工作区的训练：%1</translation>
    </message>
    <message>
        <location filename="../files/scriptexport.cpp" line="25" />
        <source>The workspace has no training samples, so there is nothing to train in a script.</source>
        <translation>这个工作区没有训练样本，脚本里没有可以训练的内容。</translation>
    </message>
    <message>
        <location filename="../files/scriptexport.cpp" line="46" />
        <source>The script cannot be written: %1</source>
        <translation>无法写入脚本：%1</translation>
    </message>
</context>
<context>
    <name>SideBySideChart</name>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="224" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="225" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="226" />
        <source>Which number the curves show</source>
        <translation>曲线显示哪个数值</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="227" />
        <source>Chart quantity</source>
        <translation>图表数值</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="228" />
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="229" />
        <source>A logarithmic loss axis, so small losses can be told apart</source>
        <translation>损失轴用对数刻度，便于分清很小的损失</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="230" />
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidechart.cpp" line="233" />
        <source>solid: training · dashed: validation</source>
        <translation>实线：训练集 · 虚线：验证集</translation>
    </message>
</context>
<context>
    <name>SideBySideColumn</name>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="125" />
        <source>Not understood: write the neurons of each hidden layer, e.g. 4, 2 (1 to 8 neurons, at most 6 layers).</source>
        <translation>无法识别：请写出每个隐藏层的神经元个数，例如 4, 2（每层 1 到 8 个神经元，最多 6 层）。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="130" />
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="155" />
        <source>Neurons per hidden layer, e.g. 4, 2. A change starts every model over together.</source>
        <translation>每个隐藏层的神经元个数，例如 4, 2。修改后所有模型一起从头开始。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="140" />
        <source>Diverged: this learning rate is too high.
Lower it and press Reset.</source>
        <translation>训练发散了：这个学习率太大。
把它调小，再按【重置】。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="144" />
        <source>Training loss %1</source>
        <translation>训练损失 %1</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="146" />
        <source>validation loss %1</source>
        <translation>验证损失 %1</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="152" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="153" />
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="154" />
        <source>This model's learning rate (change it while paused; it applies from the next epoch)</source>
        <translation>这个模型的学习率（暂停时可以修改，从下一轮 epoch 起生效）</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="156" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="157" />
        <location filename="../app/experiments/sidebysidecolumn.cpp" line="158" />
        <source>Remove this model</source>
        <translation>移除这个模型</translation>
    </message>
</context>
<context>
    <name>SideBySidePage</name>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="177" />
        <location filename="../app/experiments/sidebysidepage.cpp" line="205" />
        <source>Epoch %1</source>
        <translation>第 %1 轮（epoch）</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="185" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="185" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="186" />
        <source>Pause every model</source>
        <translation>暂停所有模型</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="186" />
        <source>Train every model, epoch by epoch in lockstep</source>
        <translation>训练所有模型，一轮一轮同步进行</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="198" />
        <source>Compare side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="199" />
        <source>Step epoch</source>
        <translation>训练一轮</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="200" />
        <source>Every model trains one more epoch, then pauses</source>
        <translation>每个模型再训练一轮（epoch），然后暂停</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="201" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="202" />
        <source>Every model back to epoch 0 with its same initial weights</source>
        <translation>所有模型回到第 0 轮，用各自相同的初始权重</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="203" />
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidepage.cpp" line="204" />
        <source>Add a copy of the last model (up to four); every model starts over together</source>
        <translation>添加最后一个模型的副本（最多四个）；所有模型一起从头开始</translation>
    </message>
</context>
<context>
    <name>SideBySideTitle</name>
    <message>
        <location filename="../app/experiments/sidebysidetitle.cpp" line="10" />
        <source>%1 · lr %2 · %3</source>
        <translation>%1 · 学习率 %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/experiments/sidebysidetitle.cpp" line="17" />
        <source>no hidden layer</source>
        <translation>无隐藏层</translation>
    </message>
</context>
<context>
    <name>SplitControl</name>
    <message>
        <location filename="../app/workspace/splitcontrol.cpp" line="122" />
        <source>Samples: %1 for training, %2 for validation, %3 for test</source>
        <translation>样本数：训练集 %1，验证集 %2，测试集 %3</translation>
    </message>
    <message>
        <location filename="../app/workspace/splitcontrol.cpp" line="142" />
        <source>Training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../app/workspace/splitcontrol.cpp" line="142" />
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../app/workspace/splitcontrol.cpp" line="142" />
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../app/workspace/splitcontrol.cpp" line="145" />
        <source>Split of the samples</source>
        <translation>样本划分</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="130" />
        <source>Lessons</source>
        <translation>课程列表</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="131" />
        <source>Back to the list of lessons (your progress is kept)</source>
        <translation>回到课程列表（你的进度会保留）</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="132" />
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="133" />
        <source>Previous step (Page Up)</source>
        <translation>上一步（Page Up）</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="154" />
        <source>Lesson %1 · %2</source>
        <translation>第 %1 课 · %2</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="158" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="160" />
        <source> · ★ in class</source>
        <translation> · ★ 课堂步骤</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="163" />
        <source>**Goal:** %1</source>
        <translation>**目标**：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="167" />
        <source>Predict first</source>
        <translation>先猜一猜</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="212" />
        <source>Show the answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="216" />
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="224" />
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="246" />
        <source>Show me</source>
        <translation>演示一下</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="248" />
        <source>Make the change this step asks for</source>
        <translation>替你做这一步要求的改动</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="255" />
        <source>Teacher notes</source>
        <translation>教师提示</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="276" />
        <source>Train and compare</source>
        <translation>训练并对比</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="278" />
        <source>Run the sweep</source>
        <translation>开始超参数搜索</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="280" />
        <source>Evaluate on test set</source>
        <translation>在测试集上评估</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="282" />
        <source>Train side by side to epoch %1</source>
        <translation>并排训练到第 %1 个 epoch</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lessons/steppanel.cpp" line="286" />
        <source>Train %n epoch(s)</source>
        <translation>
            <numerusform>训练 %n 个 epoch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="288" />
        <source>Train to epoch %1</source>
        <translation>训练到第 %1 个 epoch</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/lessons/steppanel.cpp" line="290" />
        <location filename="../app/lessons/steppanel.cpp" line="292" />
        <source>Take %n step(s)</source>
        <translation>
            <numerusform>走 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="292" />
        <source>Run to the bottom</source>
        <translation>运行到收敛</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="306" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="306" />
        <source>Try it yourself ▶</source>
        <translation>自己试试 ▶</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="306" />
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="134" />
        <location filename="../app/lessons/steppanel.cpp" line="307" />
        <source>Next step (Page Down)</source>
        <translation>下一步（Page Down）</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="315" />
        <source>Your prediction: %1</source>
        <translation>你的预测：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="316" />
        <source>Think again with the hint, then lock in your answer (you may keep it).</source>
        <translation>看看提示，再想一想，然后锁定你的答案（也可以保留原来的答案）。</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="317" />
        <source>Answer first: the action unlocks once you have predicted.</source>
        <translation>先回答：做出预测后才能开始操作。</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="320" />
        <source>**Hint:** %1</source>
        <translation>**提示**：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="320" />
        <source>**Not quite yet.** A hint: %1</source>
        <translation>**还差一点**。提示：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="325" />
        <source>Make your prediction first</source>
        <translation>请先做出预测</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="338" />
        <source>Your first guess: %1</source>
        <translation>你的第一次猜测：%1</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="339" />
        <source>Your prediction: **%1** — the answer: **%2** %3</source>
        <translation>你的预测：**%1** —— 答案：**%2** %3</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="373" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="374" />
        <source>Running… %1 of %2 settings trained</source>
        <translation>运行中… %2 种设置已训练 %1 种</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="376" />
        <source>Running… epoch %1</source>
        <translation>正在训练… 第 %1 个 epoch</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="384" />
        <source>✓ The step's goal is reached.</source>
        <translation>✓ 这一步的目标已经达到。</translation>
    </message>
    <message>
        <location filename="../app/lessons/steppanel.cpp" line="385" />
        <source>Next unlocks when the step's goal is reached on the screen.</source>
        <translation>屏幕上达到这一步的目标后，"下一步"才会解锁。</translation>
    </message>
</context>
<context>
    <name>StoppingSettings</name>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="77" />
        <source>Change the regularization</source>
        <translation>更改正则化</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="82" />
        <source>Change the regularization rate</source>
        <translation>更改正则化率</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="86" />
        <source>Change the dropout</source>
        <translation>更改丢弃法</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="90" />
        <source>Change the reshuffling</source>
        <translation>更改重新打乱</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="94" />
        <source>Change the epoch limit</source>
        <translation>更改 epoch 上限</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="98" />
        <location filename="../app/workspace/stoppingsettings.cpp" line="102" />
        <source>Change early stopping</source>
        <translation>更改提前停止</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="108" />
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="109" />
        <source>Regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="110" />
        <source>Dropout</source>
        <translation>丢弃法</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="111" />
        <source>Epoch limit</source>
        <translation>epoch 上限</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="112" />
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="113" />
        <source>Reshuffle every epoch</source>
        <translation>每个 epoch 重新打乱</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="114" />
        <source>Restore the best weights</source>
        <translation>恢复最佳权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="115" />
        <location filename="../app/workspace/stoppingsettings.cpp" line="117" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="116" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="118" />
        <source> epochs</source>
        <translation> 个 epoch</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="121" />
        <source>A penalty on large weights that keeps the network simpler: L1 pushes weights to exactly 0, L2 (weight decay) shrinks them all.</source>
        <translation>对大权重的惩罚，让网络更简单：L1 把权重推到正好为 0，L2（权重衰减）把所有权重都缩小。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="123" />
        <source>How strong the penalty is (choose L1 or L2 first).</source>
        <translation>惩罚有多强（请先选择 L1 或 L2）。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="124" />
        <source>While training, every hidden neuron is switched off with this probability at each update, so the network cannot rely on single neurons.</source>
        <translation>训练时，每次更新都以这个概率关掉每个隐藏层神经元，这样网络不能依赖个别神经元。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="126" />
        <source>Put the training samples in a new random order at the start of every epoch, like DataLoader(shuffle=True).</source>
        <translation>每个 epoch 开始时把训练样本重新随机排序，与 DataLoader(shuffle=True) 相同。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="128" />
        <source>Training pauses by itself after this many epochs.</source>
        <translation>训练这么多个 epoch 后自动暂停。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="129" />
        <source>Stop when the validation loss has not reached a new minimum for this many epochs.</source>
        <translation>如果验证集损失连续这么多个 epoch 没有创新低，就停止训练。</translation>
    </message>
    <message>
        <location filename="../app/workspace/stoppingsettings.cpp" line="131" />
        <source>When early stopping ends training, go back to the weights of the epoch with the lowest validation loss (needs early stopping).</source>
        <translation>提前停止结束训练时，回到验证集损失最低的那个 epoch 的权重（需要开启提前停止）。</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="139" />
        <source>%1 is chosen twice.</source>
        <translation>%1 被选了两次。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="153" />
        <source>Choose at least one hyperparameter to vary.</source>
        <translation>请至少选择一个要改变的超参数。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="157" />
        <source>That is %1 settings to train; a sweep may have at most %2. Use fewer values.</source>
        <translation>这样要训练 %1 种设置；一次搜索最多 %2 种。请减少一些值。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="163" />
        <source>The sweep compares the settings on the validation set, but it is empty. Give the validation set a share in the Data tab first.</source>
        <translation>超参数搜索要在验证集上比较各种设置，但现在验证集是空的。请先在“数据”页给验证集分一些比例。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="212" />
        <source>Sweep cancelled: %1 of %2 settings finished.</source>
        <translation>搜索已取消：%2 种设置中完成了 %1 种。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="213" />
        <source>Sweep finished. ★ marks the lowest validation loss.</source>
        <translation>搜索完成。★ 标出验证损失最低的设置。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="245" />
        <location filename="../app/experiments/sweepdialog.cpp" line="337" />
        <source>Evaluate on test set</source>
        <translation>在测试集上评估</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="246" />
        <source>Measure %1 on the test set?

The test set is meant to be used once, at the end, after you have chosen with the validation set. The app records this, and this sweep cannot use the test set again.</source>
        <translation>要在测试集上检验 %1 吗？

测试集应该只在最后用一次：先用验证集选好，再用测试集检验。软件会记下这次评估，这次搜索不能再使用测试集。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="268" />
        <source>The test set was already evaluated in this sweep, for %1. It is meant to be used once: choosing again by its score would make that score too optimistic.</source>
        <translation>这次搜索已经在测试集上评估过了（%1）。测试集只应该用一次：如果再根据它的成绩来挑选，这个成绩就会过于乐观。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="286" />
        <source>Test set (used once, for %1): loss %2, accuracy %3. Validation: loss %4, accuracy %5.</source>
        <translation>测试集（已使用一次，%1）：损失 %2，准确率 %3。验证集：损失 %4，准确率 %5。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="296" />
        <source>%1 is now in the workspace. Press Train: it stops after %2 epochs with the numbers of this table.</source>
        <translation>%1 已载入工作区。按【训练】：训练 %2 个 epoch 后会停下，得到和表格里一样的数字。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="318" />
        <source>Hyperparameter sweep</source>
        <translation>超参数搜索</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="319" />
        <source>Vary up to three hyperparameters. Every combination is trained from the workspace's current setup with the same seeds, and compared on the validation set. The test set stays locked.</source>
        <translation>最多选三个超参数，并给出要试的值。每一种组合都从工作区当前的设置出发、用同样的随机种子训练，并在验证集上比较。测试集保持锁定。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="322" />
        <source>Hyperparameter &amp;%1:</source>
        <translation>超参数 &amp;%1：</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="326" />
        <source>(none)</source>
        <translation>（不用）</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="331" />
        <source>Values of hyperparameter %1</source>
        <translation>超参数 %1 的取值</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="333" />
        <source>&amp;Epochs:</source>
        <translation>&amp;Epoch 数：</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="334" />
        <source>Start sweep</source>
        <translation>开始搜索</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="335" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="336" />
        <source>%v of %m settings</source>
        <translation>%v / %m 种设置</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="338" />
        <source>Measure the chosen setting on the test set: once, at the end</source>
        <translation>在测试集上检验选中的设置：只在最后用一次</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="339" />
        <source>Open in workspace</source>
        <translation>在工作区中打开</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepdialog.cpp" line="340" />
        <source>Load the chosen setting into the workspace, with the same seeds</source>
        <translation>把选中的设置载入工作区，使用同样的随机种子</translation>
    </message>
</context>
<context>
    <name>SweepHeatGrid</name>
    <message>
        <location filename="../app/experiments/sweepheatgrid.cpp" line="160" />
        <source>acc %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepheatgrid.cpp" line="162" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepheatgrid.cpp" line="162" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>SweepLauncher</name>
    <message>
        <location filename="../app/experiments/sweeplauncher.cpp" line="30" />
        <source>Hyperparameter sweep…</source>
        <translation>超参数搜索…</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeplauncher.cpp" line="31" />
        <source>Train a grid of settings in the background and compare them on the validation set</source>
        <translation>在后台训练一组设置，并在验证集上比较它们</translation>
    </message>
</context>
<context>
    <name>SweepTable</name>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="89" />
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="89" />
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="89" />
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="89" />
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="90" />
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="90" />
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="111" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="116" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="116" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweeptable.cpp" line="127" />
        <source>Best: the lowest validation loss</source>
        <translation>最佳：验证损失最低</translation>
    </message>
</context>
<context>
    <name>SweepValues</name>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="28" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="29" />
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="30" />
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="31" />
        <source>L2 rate</source>
        <translation>L2 正则化率</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="32" />
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="33" />
        <source>Epochs</source>
        <translation>Epoch 数</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="39" />
        <source>e.g. 0.3, 0.03, 0.003</source>
        <translation>例如 0.3, 0.03, 0.003</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="40" />
        <source>layers separated by ;  e.g. 2; 4, 2; 8, 8, 8</source>
        <translation>用 ; 分隔不同的网络  例如 2; 4, 2; 8, 8, 8</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="41" />
        <source>e.g. 1, 10, 30</source>
        <translation>例如 1, 10, 30</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="42" />
        <source>e.g. 0, 0.001, 0.01</source>
        <translation>例如 0, 0.001, 0.01</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="43" />
        <source>e.g. tanh, relu, sigmoid</source>
        <translation>例如 tanh, relu, sigmoid</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="44" />
        <source>e.g. 50, 200, 800</source>
        <translation>例如 50, 200, 800</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="58" />
        <source>%1: type at least one value.</source>
        <translation>%1：请至少输入一个值。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="60" />
        <source>%1: at most %2 values.</source>
        <translation>%1：最多 %2 个值。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="69" />
        <source>%1: “%2” is not a list of neuron counts from 1 to 64.</source>
        <translation>%1：“%2”不是一组 1 到 64 之间的神经元个数。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="73" />
        <source>%1: “%2” must have 1 to 6 hidden layers.</source>
        <translation>%1：“%2”必须有 1 到 6 个隐藏层。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="79" />
        <source>%1: “%2” is unknown; use %3.</source>
        <translation>%1：不认识“%2”；请使用 %3。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="85" />
        <source>%1: “%2” must be a whole number from 1 to %3.</source>
        <translation>%1：“%2”必须是 1 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="91" />
        <source>%1: “%2” must be a number above 0 and at most 10.</source>
        <translation>%1：“%2”必须是大于 0、不超过 10 的数。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="92" />
        <source>%1: “%2” must be a number from 0 to 10.</source>
        <translation>%1：“%2”必须是 0 到 10 之间的数。</translation>
    </message>
    <message>
        <location filename="../app/experiments/sweepvalues.cpp" line="99" />
        <source>%1: “%2” is listed twice.</source>
        <translation>%1：“%2”写了两次。</translation>
    </message>
</context>
<context>
    <name>ThresholdControl</name>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="77" />
        <source>output ≥ %1</source>
        <translation>输出 ≥ %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="88" />
        <source>Decision threshold %1</source>
        <translation>判定阈值 %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="101" />
        <source>Decision threshold</source>
        <translation>判定阈值</translation>
    </message>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="102" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="103" />
        <source>A point counts as the positive (blue) class when the network's output is at least this value. Moving it trades missed positives (FN) for false alarms (FP).</source>
        <translation>网络输出不小于这个值时，该点算作正类（蓝色）。移动它就是在漏报（FN）和误报（FP）之间取舍。</translation>
    </message>
    <message>
        <location filename="../app/workspace/thresholdcontrol.cpp" line="105" />
        <source>Back to the usual threshold (0 for a tanh output, 0.5 for a sigmoid output)</source>
        <translation>回到通常的阈值（tanh 输出为 0，sigmoid 输出为 0.5）</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="78" />
        <location filename="../app/views/timelinebar.cpp" line="83" />
        <source>Epoch %1 of %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="79" />
        <location filename="../app/views/timelinebar.cpp" line="84" />
        <source>Epoch %1 (live)</source>
        <translation>第 %1 轮（实时）</translation>
    </message>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="106" />
        <source>Drag back through the epochs of this run: the decision boundary, the network, the metrics and the confusion matrix show that epoch, and the charts mark it. The right end (End key) is the live run again.</source>
        <translation>沿着本次训练的各轮（epoch）往回拖：决策边界、网络、指标和混淆矩阵都显示那一轮时的样子，曲线图上也会标出这一轮。拖到最右端（End 键）就回到实时训练。</translation>
    </message>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="109" />
        <source>Timeline: epoch on show</source>
        <translation>时间轴：正在显示的轮（epoch）</translation>
    </message>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="110" />
        <location filename="../app/views/timelinebar.cpp" line="112" />
        <source>Back to live</source>
        <translation>回到实时</translation>
    </message>
    <message>
        <location filename="../app/views/timelinebar.cpp" line="111" />
        <source>Show the current weights of the run again (the right end of the timeline)</source>
        <translation>重新显示训练当前的权重（即时间轴的最右端）</translation>
    </message>
</context>
<context>
    <name>TrainingConsole</name>
    <message>
        <location filename="../app/stages/trainingconsole.cpp" line="135" />
        <source>Console (what the script prints)</source>
        <translation>控制台（脚本打印的内容）</translation>
    </message>
    <message>
        <location filename="../app/stages/trainingconsole.cpp" line="136" />
        <source>Console output</source>
        <translation>控制台输出</translation>
    </message>
    <message>
        <location filename="../app/stages/trainingconsole.cpp" line="137" />
        <source>The lines the PyTorch listing prints while it trains, for the training on screen</source>
        <translation>PyTorch 代码训练时会打印的内容，对应屏幕上这次训练</translation>
    </message>
    <message>
        <location filename="../app/stages/trainingconsole.cpp" line="138" />
        <source>Train to see the script's prints here.</source>
        <translation>开始训练后，脚本的打印会显示在这里。</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="122" />
        <source>New initial weights (seed %1)</source>
        <translation>新的初始权重（种子 %1）</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="145" />
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="146" />
        <source>Epoch</source>
        <translation>一轮</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="147" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="148" />
        <source>New weights</source>
        <translation>新权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="149" />
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="150" />
        <source>slow: watch each update</source>
        <translation>慢：看清每次更新</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="151" />
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="161" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="161" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="166" />
        <source>%1 (shortcut: %2)</source>
        <translation>%1（快捷键：%2）</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="168" />
        <source>Locked in this lesson step</source>
        <translation>本课这一步已锁定</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="169" />
        <source>Training diverged: reset first.</source>
        <translation>训练发散了：请先重置。</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="176" />
        <source>Pause training</source>
        <translation>暂停训练</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="176" />
        <source>Train until you pause</source>
        <translation>一直训练，直到你按暂停</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="177" />
        <source>Train on one batch (one weight update) and pause</source>
        <translation>用一个批量训练（更新一次权重）然后暂停</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="178" />
        <source>Train one epoch (one pass over the training set) and pause</source>
        <translation>训练一轮（epoch，把训练集全部过一遍）然后暂停</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="179" />
        <source>Back to epoch 0 with the same initial weights</source>
        <translation>回到第 0 轮（epoch），初始权重不变</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="180" />
        <source>Start again from new random initial weights (a new seed)</source>
        <translation>用新的随机初始权重（新的种子）重新开始</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="193" />
        <source>How fast training runs: at the left about one update a second, so you can watch each step; at the right as fast as the computer can.</source>
        <translation>训练运行的速度：最左边大约每秒更新一次，可以看清每一步；最右边是电脑能达到的最快速度。</translation>
    </message>
    <message>
        <location filename="../app/workspace/trainingcontrols.cpp" line="195" />
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
</context>
<context>
    <name>UpdateReplay</name>
    <message>
        <location filename="../app/lessons/updatereplay.cpp" line="107" />
        <source>optimizer.zero_grad(): the gradients of the previous step are cleared.</source>
        <translation>optimizer.zero_grad()：清除上一步的梯度。</translation>
    </message>
    <message>
        <location filename="../app/lessons/updatereplay.cpp" line="109" />
        <source>y_pred = model(inputs): the current weights make a prediction for one sample.</source>
        <translation>y_pred = model(inputs)：前向传播，用当前的权重对一个样本做出预测。</translation>
    </message>
    <message>
        <location filename="../app/lessons/updatereplay.cpp" line="111" />
        <source>loss = criterion(…): the loss of this sample is %1.</source>
        <translation>loss = criterion(…)：这个样本的损失是 %1。</translation>
    </message>
    <message>
        <location filename="../app/lessons/updatereplay.cpp" line="113" />
        <source>loss.backward(): every parameter now has a gradient. The weights have not changed.</source>
        <translation>loss.backward()：反向传播，每个参数都有了梯度。权重还没有变。</translation>
    </message>
    <message>
        <location filename="../app/lessons/updatereplay.cpp" line="115" />
        <source>optimizer.step(): every parameter moves: new w = old w − LR × gradient.</source>
        <translation>optimizer.step()：梯度下降，每个参数都移动一步：新 w = 旧 w − LR × 梯度。</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <location filename="../app/files/viewexport.cpp" line="66" />
        <source>&amp;Loss chart as image…</source>
        <translation>损失曲线图导出为图片(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="67" />
        <source>The loss chart as a PNG or SVG file</source>
        <translation>把损失曲线图保存为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="68" />
        <source>A&amp;ccuracy chart as image…</source>
        <translation>准确率曲线图导出为图片(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="69" />
        <source>The accuracy chart as a PNG or SVG file</source>
        <translation>把准确率曲线图保存为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="70" />
        <source>&amp;Decision boundary as image…</source>
        <translation>决策边界导出为图片(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="71" />
        <source>The decision boundary with the data points as a PNG or SVG file</source>
        <translation>把决策边界和数据点保存为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="72" />
        <source>Training &amp;history as CSV…</source>
        <translation>训练历史导出为 CSV(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="73" />
        <source>Loss and accuracy of every epoch, for a spreadsheet</source>
        <translation>每个 epoch 的损失和准确率，可用电子表格打开</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="106" />
        <source>Save image as…</source>
        <translation>图片另存为…</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="115" />
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="122" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="123" />
        <source>PNG image, double size for a projector or print (*.png)</source>
        <translation>PNG 图片，双倍尺寸，用于投影或打印 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="124" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="126" />
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="153" />
        <source>Export training history</source>
        <translation>导出训练历史</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="155" />
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="178" />
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../app/files/viewexport.cpp" line="179" />
        <source>“%1” cannot be exported.

%2</source>
        <translation>无法导出“%1”。

%2</translation>
    </message>
</context>
<context>
    <name>WeightEditDialog</name>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="94" />
        <source>"%1" is not a number. Type a value such as 0.25 or -1.5.</source>
        <translation>“%1”不是数字。请输入 0.25 或 -1.5 这样的数值。</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="97" />
        <source>Type a value between %1 and %2.</source>
        <translation>请输入 %1 到 %2 之间的数值。</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="109" />
        <source>Change a bias</source>
        <translation>修改偏置</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="109" />
        <source>Change a weight</source>
        <translation>修改权重</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="112" />
        <source>New &amp;value:</source>
        <translation>新数值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="113" />
        <source>Type the new value and press Enter; Esc keeps the old one.</source>
        <translation>输入新数值后按 Enter；按 Esc 保留原值。</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="114" />
        <source>New value</source>
        <translation>新数值</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="115" />
        <source>Which parameter</source>
        <translation>哪个参数</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="116" />
        <source>Input error</source>
        <translation>输入错误</translation>
    </message>
    <message>
        <location filename="../app/views/weighteditdialog.cpp" line="120" />
        <source>Confirm or cancel</source>
        <translation>确认或取消</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <location filename="../files/workspacefile.cpp" line="35" />
        <location filename="../files/workspacefile.cpp" line="115" />
        <source>The file is %1 MB; a workspace file is at most %2 MB.</source>
        <translation>文件大小为 %1 MB，工作区文件最大 %2 MB。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="39" />
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="50" />
        <source>This is not a Neural Lessons workspace file (its “format” is not “%1”).</source>
        <translation>这不是神经网络互动课堂的工作区文件（它的“format”不是“%1”）。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="55" />
        <source>The file's format version is missing or not a whole number from 1 up.</source>
        <translation>文件的格式版本缺失，或不是大于等于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="59" />
        <source>The file was saved by a newer Neural Lessons (format version %1); this version reads format version %2. Please update Neural Lessons to open it.</source>
        <translation>这个文件由更新版本的神经网络互动课堂保存（格式版本 %1）；当前版本只能读取格式版本 %2。请更新软件后再打开。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="79" />
        <source>The file is nested too deeply to be a workspace (line %1, column %2).</source>
        <translation>文件嵌套层数太深，不可能是工作区文件（第 %1 行，第 %2 列）。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="82" />
        <source>The file is cut off: it ends in the middle of the workspace (line %1, column %2). It was perhaps not saved completely.</source>
        <translation>文件不完整：在工作区数据的中途就结束了（第 %1 行，第 %2 列）。可能没有完整保存。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="94" />
        <source>The file holds “%1” (line %2, column %3): not a number, or infinite. A workspace holds finite numbers only.</source>
        <translation>文件中有“%1”（第 %2 行，第 %3 列）：它不是数，或是无穷大。工作区只能包含有限的数。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="100" />
        <source>The file holds the number “%1” (line %2, column %3), which is too large or malformed.</source>
        <translation>文件中的数“%1”（第 %2 行，第 %3 列）太大或格式不对。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="104" />
        <source>The file is damaged: it is not valid JSON (line %1, column %2).</source>
        <translation>文件已损坏：不是有效的 JSON（第 %1 行，第 %2 列）。</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="111" />
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../files/workspacefile.cpp" line="125" />
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="341" />
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="343" />
        <source>Remove a hidden layer</source>
        <translation>删除一个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="345" />
        <source>Add a neuron</source>
        <translation>添加一个神经元</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="347" />
        <source>Remove a neuron</source>
        <translation>删除一个神经元</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="349" />
        <source>Change the activation function</source>
        <translation>更改激活函数</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="351" />
        <source>Change a weight</source>
        <translation>修改一个权重</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="353" />
        <source>Change a bias</source>
        <translation>修改一个偏置</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="355" />
        <source>Replace the network</source>
        <translation>替换整个网络</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="381" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="382" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="383" />
        <source>The data set, its split into training, validation and test sets, and the input features</source>
        <translation>数据集、它的训练集/验证集/测试集划分，以及输入特征</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="384" />
        <source>Hyperparameters: learning rate, optimizer, loss, regularization and stopping</source>
        <translation>超参数：学习率、优化器、损失函数、正则化和停止条件</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="385" />
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="386" />
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="387" />
        <source>Parameter table</source>
        <translation>参数表</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="388" />
        <source>Loss and accuracy over the epochs for each data set</source>
        <translation>各数据集的损失和准确率随 epoch 的变化</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="389" />
        <source>Mean size of the gradient in each layer (log scale)</source>
        <translation>每一层梯度的平均大小（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="390" />
        <source>Every weight and bias, with the gradient of the last update; changed values flash</source>
        <translation>每个权重和偏置，以及最近一次更新的梯度；改变的值会闪烁</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="391" />
        <source>Run history</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="392" />
        <source>Every finished run: compare, overlay on the charts, reopen, export</source>
        <translation>每一次完成的训练：比较、叠加到曲线图上、重新打开、导出</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="393" />
        <location filename="../app/workspace/workspacepage.cpp" line="395" />
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="394" />
        <source>Show only the predicted class, without the shades of confidence</source>
        <translation>只显示预测的类别，不显示把握程度的深浅</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="396" />
        <source>Show test data</source>
        <translation>显示测试集</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="397" />
        <source>Show the test points in the plot; look at them last, after choosing the model</source>
        <translation>在图中显示测试集的点；请在选定模型之后最后再看</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="399" />
        <location filename="../app/workspace/workspacepage.cpp" line="401" />
        <source>Highlight misclassified</source>
        <translation>突出显示分错的点</translation>
    </message>
    <message>
        <location filename="../app/workspace/workspacepage.cpp" line="400" />
        <source>Mark the points the network currently gets wrong</source>
        <translation>标出网络当前分错的点</translation>
    </message>
</context>
<context>
    <name>WorkspaceReader</name>
    <message>
        <location filename="../files/workspacereader.cpp" line="51" />
        <source>The parts of the workspace do not fit together (%1).</source>
        <translation>工作区的各部分互不匹配（%1）。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="65" />
        <source>“%1” is %2; the runs must be listed oldest first, each with a higher number than the one before.</source>
        <translation>“%1”是 %2；训练记录必须从最早的一次排起，每一次的编号都比前一次大。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="70" />
        <source>The networks of the run history (“%1”) hold more than %2 weights together.</source>
        <translation>训练记录（“%1”）里的网络一共有超过 %2 个权重。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="87" />
        <source>“%1” must be a date and time such as “2026-09-01T08:30:00Z”.</source>
        <translation>“%1”必须是日期和时间，例如“2026-09-01T08:30:00Z”。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="113" />
        <source>The split (“%1”) adds up to %2%; it must add up to 100%.</source>
        <translation>数据划分（“%1”）合计 %2%，必须正好是 100%。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="120" />
        <source>“%1” must name at least one feature.</source>
        <translation>“%1”必须至少列出一个特征。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="147" />
        <source>“%1” must hold three numbers: x, y and the label.</source>
        <translation>“%1”必须包含三个数：x、y 和标签。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="168" />
        <source>“%1” cannot be softmax: softmax is only for the output layer.</source>
        <translation>“%1”不能是 softmax：softmax 只用于输出层。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="173" />
        <source>“%1” must be tanh, sigmoid or linear.</source>
        <translation>“%1”必须是 tanh、sigmoid 或 linear。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="208" />
        <source>The data set cannot be made from the file's settings (%1).</source>
        <translation>无法按文件中的设置生成数据集（%1）。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="218" />
        <source>“%1” must hold at least the output layer.</source>
        <translation>“%1”至少要包含输出层。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="232" />
        <source>The network in the file has %1 inputs and %2 outputs, but its data needs %3 and %4.</source>
        <translation>文件中的网络有 %1 个输入、%2 个输出，但它的数据需要 %3 个输入、%4 个输出。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="245" />
        <source>The network (“%1”) does not match the workspace's network settings (“spec.network”).</source>
        <translation>网络（“%1”）与工作区的网络设置（“spec.network”）不一致。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="249" />
        <source>The loss “%1” does not fit the network's output layer (%2).</source>
        <translation>损失函数“%1”与网络的输出层（%2）不匹配。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="268" />
        <source>“%1” must be %2 hexadecimal digits (the generator's %3 words).</source>
        <translation>“%1”必须是 %2 个十六进制数字（随机数生成器的 %3 个字）。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="275" />
        <source>“%1” is not a state the random generator can be in.</source>
        <translation>“%1”不是随机数生成器可能处于的状态。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="309" />
        <source>The optimizer's state (“%1”) does not fit the optimizer “%2” of this network.</source>
        <translation>优化器状态（“%1”）与这个网络的优化器“%2”不匹配。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="319" />
        <source>The training state does not fit this workspace: %1</source>
        <translation>训练状态与这个工作区不匹配：%1</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="349" />
        <source>its counters contradict each other.</source>
        <translation>其中的计数互相矛盾。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="351" />
        <source>the position in the epoch is outside the training set.</source>
        <translation>本轮（epoch）中的位置超出了训练集。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="353" />
        <source>the best validation epoch is not one of the run's epochs.</source>
        <translation>验证损失最低的那一轮不属于这次训练。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="355" />
        <source>the sample order is not an order of the training samples.</source>
        <translation>样本顺序不是训练样本的一种排列。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="357" />
        <source>the gradient sums do not match the network's layers.</source>
        <translation>梯度累计值与网络的层不匹配。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="359" />
        <source>the saved weights do not match the network.</source>
        <translation>保存的权重与网络不匹配。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="361" />
        <source>the epoch history does not start at epoch 0.</source>
        <translation>epoch 历史不是从第 0 轮开始的。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="363" />
        <source>the epoch history is too long.</source>
        <translation>epoch 历史太长。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="365" />
        <source>the epochs of the history are not in order.</source>
        <translation>历史中的各轮没有按顺序排列。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="367" />
        <source>the epoch history holds a value that is not a measurement.</source>
        <translation>epoch 历史中有一个不是有效测量结果的值。</translation>
    </message>
    <message>
        <location filename="../files/workspacereader.cpp" line="369" />
        <source>the epoch history does not end at the current epoch.</source>
        <translation>epoch 历史没有结束于当前这一轮。</translation>
    </message>
</context>
</TS>