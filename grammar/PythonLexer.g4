// Python 3.11 tokens. Indentation (INDENT/DEDENT), implicit line joining inside brackets, blank lines and
// comments are handled by PythonLexerBase, which post-processes the raw tokens produced here.
// String bodies are scanned by hand (scanStringBody) so that unterminated strings get CPython's messages.
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// MATCH: the soft keyword `match` where it starts a match statement (retyped from NAME by PythonLexerBase).
tokens { INDENT, DEDENT, MATCH }

@header {
#include "PythonLexerBase.h"
}

// ---- keywords (match, case and _ are soft keywords: plain NAMEs) ----
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---- literals ----
// The opening quote is matched here; the body, escapes included, is consumed by scanStringBody().
STRING : STRING_PREFIX? ['"] { scanStringBody(); };

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER;

// '0777': CPython rejects leading zeros with its own message (reported by the lexer base).
BAD_LEADING_ZERO : '0'+ [1-9] ('_'? DIGIT)* { badLeadingZero(); };

NAME : ID_START ID_CONTINUE*;

// ---- operators and delimiters ----
LPAR     : '(';
RPAR     : ')';
LSQB     : '[';
RSQB     : ']';
LBRACE   : '{';
RBRACE   : '}';
ELLIPSIS : '...';
DOT      : '.';
COMMA    : ',';
COLONEQUAL : ':=';
COLON    : ':';
SEMI     : ';';
RARROW   : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESTAR : '**';
STAREQUAL : '*=';
STAR     : '*';
DOUBLESLASHEQUAL : '//=';
DOUBLESLASH : '//';
SLASHEQUAL : '/=';
SLASH    : '/';
VBAREQUAL : '|=';
VBAR     : '|';
AMPEREQUAL : '&=';
AMPER    : '&';
LEFTSHIFTEQUAL : '<<=';
LEFTSHIFT : '<<';
RIGHTSHIFTEQUAL : '>>=';
RIGHTSHIFT : '>>';
EQEQUAL  : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
LESS     : '<';
GREATER  : '>';
EQUAL    : '=';
PLUSEQUAL : '+=';
PLUS     : '+';
MINEQUAL : '-=';
MINUS    : '-';
PERCENTEQUAL : '%=';
PERCENT  : '%';
CIRCUMFLEXEQUAL : '^=';
CIRCUMFLEX : '^';
TILDE    : '~';
ATEQUAL  : '@=';
AT       : '@';

// ---- layout (turned into NEWLINE/INDENT/DEDENT or dropped by PythonLexerBase) ----
NEWLINE  : '\r'? '\n' | '\r';
WS       : [ \t\f]+;
COMMENT  : '#' ~[\r\n]*;
LINE_CONTINUATION : '\\' ('\r'? '\n' | '\r') { continuationAtEof(); } -> skip;
BAD_CONTINUATION : '\\' { badContinuation(); };

// Anything else: reported by the lexer base (non-printable, non-ASCII) or left to the parser ('$', '?', '!').
ERRORCHAR : . { errorChar(); };

// ---- fragments ----
fragment STRING_PREFIX : [rRuUfFbB] | [rR] [bBfF] | [bBfF] [rR];

fragment INTEGER : DECIMAL_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER;
fragment DECIMAL_INTEGER : NON_ZERO_DIGIT ('_'? DIGIT)* | '0'+ ('_'? '0')*;
fragment OCT_INTEGER : '0' [oO] ('_'? [0-7])+;
fragment HEX_INTEGER : '0' [xX] ('_'? [0-9a-fA-F])+;
fragment BIN_INTEGER : '0' [bB] ('_'? [01])+;
fragment NON_ZERO_DIGIT : [1-9];
fragment DIGIT : [0-9];
fragment DIGIT_PART : DIGIT ('_'? DIGIT)*;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER : (FLOAT_NUMBER | DIGIT_PART) [jJ];

fragment ID_START : [_\p{L}\p{Nl}\u2118\u212E\u309B\u309C];
fragment ID_CONTINUE : [_\p{L}\p{Nl}\u2118\u212E\u309B\u309C\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00B7\u0387\u1369-\u1371\u19DA];
