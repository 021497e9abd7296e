<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="15"/>
        <source>Interactive lessons on training neural networks, in English and Simplified Chinese.</source>
        <translation>关于训练神经网络的互动课程，提供英文和简体中文界面。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="20"/>
        <source>Interface language: %1. Default: the system language.</source>
        <translation>界面语言：%1。默认跟随系统语言。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>Unsupported language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>不支持的语言“%1”。可选：%2。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="52"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>Run with --help to see the available options.</source>
        <translation>使用 --help 查看可用选项。</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="72"/>
        <source>Neural Lessons %1</source>
        <translation>神经网络互动课堂 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>Neural Lessons</source>
        <translation>神经网络互动课堂</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>Welcome to Neural Lessons</source>
        <translation>欢迎使用神经网络互动课堂</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="90"/>
        <source>Interactive lessons on how neural networks learn are coming soon.</source>
        <translation>讲解神经网络如何学习的互动课程即将推出。</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
</TS>
