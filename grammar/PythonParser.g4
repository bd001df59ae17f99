// Python 3.11 syntax, after the layout of CPython's classic LL(1) grammar (Grammar/Grammar up to 3.8) with the
// later additions: walrus, positional-only parameters, relaxed decorators, parenthesized with-items, except*,
// star-expressions in return/for/subscripts, and the match statement (PEP 634's pattern grammar).
// Expression layering follows CPython: test > or_test > and_test > not_test > comparison > expr (|) > xor_expr
// > and_expr > shift_expr > arith_expr > term > factor > power > await_primary > primary > atom.
// Binary operator rules are written as flat repetitions (not left recursion) so that long chains do not nest the
// parse tree; the AST builder folds them left-associatively.
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

@members {
// Soft keywords (match, case) are NAME tokens recognised by their text where a statement may begin.
bool isSoftKeyword(const char* keyword) { return _input->LT(1)->getText() == keyword; }
}

// ---- entry points ----
file_input : (NEWLINE | stmt)* EOF;
// The expression of an f-string replacement field (the lexer starts inside an implicit bracket).
fstring_expr : (yield_expr | testlist_star_expr) EOF;

// ---- statements ----
stmt : simple_stmts | compound_stmt;
simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE;
simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_stmt
    | yield_stmt
    ;

expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign (yield_expr | testlist_star_expr)
      | (EQUAL (yield_expr | testlist_star_expr))*
      )
    ;
annassign : COLON test (EQUAL (yield_expr | testlist_star_expr))?;
augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;
del_stmt : DEL exprlist;
pass_stmt : PASS;
break_stmt : BREAK;
continue_stmt : CONTINUE;
return_stmt : RETURN testlist_star_expr?;
raise_stmt : RAISE (test (FROM test)?)?;
global_stmt : GLOBAL NAME (COMMA NAME)*;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)*;
assert_stmt : ASSERT test (COMMA test)?;
yield_stmt : yield_expr;

import_stmt : import_name | import_from;
import_name : IMPORT dotted_as_names;
import_from
    : FROM (import_dots* dotted_name | import_dots+)
      IMPORT (STAR | LPAR import_as_names COMMA? RPAR | import_as_names)
    ;
import_dots : DOT | ELLIPSIS;
import_as_name : NAME (AS NAME)?;
dotted_as_name : dotted_name (AS NAME)?;
import_as_names : import_as_name (COMMA import_as_name)*;
dotted_as_names : dotted_as_name (COMMA dotted_as_name)*;
dotted_name : NAME (DOT NAME)*;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;
async_stmt : ASYNC (funcdef | with_stmt | for_stmt);
if_stmt : IF namedexpr_test COLON block (ELIF namedexpr_test COLON block)* (ELSE COLON block)?;
while_stmt : WHILE namedexpr_test COLON block (ELSE COLON block)?;
for_stmt : FOR exprlist IN testlist_star_expr COLON block (ELSE COLON block)?;
try_stmt
    : TRY COLON block
      ( except_clause+ (ELSE COLON block)? (FINALLY COLON block)?
      | FINALLY COLON block
      )
    ;
except_clause : EXCEPT STAR? (test (AS NAME)?)? COLON block;
with_stmt
    : WITH ( LPAR with_item (COMMA with_item)* COMMA? RPAR | with_item (COMMA with_item)* ) COLON block
    ;
with_item : test (AS expr)?;
block : simple_stmts | NEWLINE INDENT stmt+ DEDENT;

decorator : AT namedexpr_test NEWLINE;
decorators : decorator+;
decorated : decorators (classdef | funcdef | async_funcdef);
async_funcdef : ASYNC funcdef;
funcdef : DEF NAME parameters (RARROW test)? COLON block;
parameters : LPAR typedargslist? RPAR;
// Permissive parameter lists; the AST builder checks the order rules with CPython's messages.
typedargslist : tfpdef_item (COMMA tfpdef_item)* COMMA?;
tfpdef_item : tfpdef (EQUAL test)? | STAR tfpdef? | DOUBLESTAR tfpdef | SLASH;
tfpdef : NAME (COLON (test | star_expr))?;  // star_expr: `*args: *Ts` (PEP 646)
varargslist : vfpdef_item (COMMA vfpdef_item)* COMMA?;
vfpdef_item : vfpdef (EQUAL test)? | STAR vfpdef? | DOUBLESTAR vfpdef | SLASH;
vfpdef : NAME;

classdef : CLASS NAME (LPAR arglist? RPAR)? COLON block;

// `match` and `case` are soft keywords. The lexer base turns NAME 'match' into MATCH when its logical line ends
// with ':' (only a match statement can); `case` is a NAME recognised by its text.
// The pattern rules follow CPython's grammar (Grammar/python.gram, "match statement"). Where CPython has an
// invalid_* rule with its own message, the rule here is wider and the AST builder gives the message:
// anything after 'as' (pattern_target), keyword patterns before positional ones (class_argument), complex
// literals with the parts the wrong way round.
match_stmt : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT;
subject_expr : (namedexpr_test | star_expr) (COMMA (namedexpr_test | star_expr))* COMMA?;
case_block : {isSoftKeyword("case")}? NAME patterns guard? COLON block;
guard : IF namedexpr_test;
patterns : open_sequence_pattern | pattern;
pattern : or_pattern (AS pattern_target)?;
pattern_target : expr;
or_pattern : closed_pattern (VBAR closed_pattern)*;
closed_pattern
    : literal_pattern
    | name_or_attr class_arguments?     // capture, wildcard, value or class pattern
    | LPAR pattern RPAR                 // group
    | LPAR open_sequence_pattern? RPAR  // sequence
    | LSQB maybe_sequence_pattern? RSQB
    | mapping_pattern
    ;
literal_pattern : signed_number ((PLUS | MINUS) NUMBER)? | STRING+ | NONE | TRUE | FALSE;
signed_number : MINUS? NUMBER;
name_or_attr : NAME (DOT NAME)*;
open_sequence_pattern : maybe_star_pattern COMMA maybe_sequence_pattern?;
maybe_sequence_pattern : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?;
maybe_star_pattern : STAR NAME | pattern;
mapping_pattern
    : LBRACE RBRACE
    | LBRACE double_star_pattern COMMA? RBRACE
    | LBRACE key_value_pattern (COMMA key_value_pattern)* (COMMA double_star_pattern)? COMMA? RBRACE
    ;
key_value_pattern : (literal_pattern | NAME (DOT NAME)+) COLON pattern;
double_star_pattern : DOUBLESTAR NAME;
class_arguments : LPAR (class_argument (COMMA class_argument)* COMMA?)? RPAR;
class_argument : NAME EQUAL pattern | pattern;

// ---- expressions ----
namedexpr_test : NAME COLONEQUAL test | test;
test : or_test (IF or_test ELSE test)? | lambdef;
test_nocond : or_test | lambdef_nocond;
lambdef : LAMBDA varargslist? COLON test;
lambdef_nocond : LAMBDA varargslist? COLON test_nocond;
or_test : and_test (OR and_test)*;
and_test : not_test (AND not_test)*;
not_test : NOT not_test | comparison;
comparison : expr (comp_op expr)*;
comp_op : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS NOT | IS;
star_expr : STAR expr;
expr : xor_expr (VBAR xor_expr)*;
xor_expr : and_expr (CIRCUMFLEX and_expr)*;
and_expr : shift_expr (AMPER shift_expr)*;
shift_expr : arith_expr ((LEFTSHIFT | RIGHTSHIFT) arith_expr)*;
arith_expr : term ((PLUS | MINUS) term)*;
term : factor ((STAR | AT | SLASH | PERCENT | DOUBLESLASH) factor)*;
factor : (PLUS | MINUS | TILDE) factor | power;
power : await_primary (DOUBLESTAR factor)?;
await_primary : AWAIT primary | primary;
primary : atom trailer*;
atom
    : LPAR (yield_expr | testlist_comp)? RPAR
    | LSQB testlist_comp? RSQB
    | LBRACE dictorsetmaker? RBRACE
    | NAME
    | NUMBER
    | STRING+
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;
testlist_comp
    : (namedexpr_test | star_expr) ( comp_for | (COMMA (namedexpr_test | star_expr))* COMMA? )
    ;
trailer : LPAR arglist? RPAR | LSQB subscriptlist RSQB | DOT NAME;
subscriptlist : subscript_ (COMMA subscript_)* COMMA?;
subscript_ : test? COLON test? sliceop? | namedexpr_test | star_expr;
sliceop : COLON test?;
exprlist : (expr | star_expr) (COMMA (expr | star_expr))* COMMA?;
testlist : test (COMMA test)* COMMA?;
testlist_star_expr : (test | star_expr) (COMMA (test | star_expr))* COMMA?;
dictorsetmaker
    : ( dict_item ( comp_for | (COMMA dict_item)* COMMA? ) )
    | ( (namedexpr_test | star_expr) ( comp_for | (COMMA (namedexpr_test | star_expr))* COMMA? ) )
    ;
dict_item : test COLON test | DOUBLESTAR expr;
arglist : argument (COMMA argument)* COMMA?;
argument
    : NAME COLONEQUAL test
    | NAME EQUAL test
    | test comp_for?
    | DOUBLESTAR test
    | STAR test
    ;
// The clauses of a comprehension are a loop, not right recursion: the parser recursed once per clause and a
// comprehension with tens of thousands of clauses (which CPython compiles) overflowed the stack.
comp_for : comp_clause+;
comp_clause : ASYNC? FOR exprlist IN or_test comp_if*;
comp_if : IF test_nocond;
yield_expr : YIELD (FROM test | testlist_star_expr)?;
