* twinmargin 0.1.0: minimize rho(0, 1) of the tiny twins, x0 = (0, 0), eps 1
NAME tiny-relu-rho01-min
ROWS
 N obj
 E n1_l1_affine_eq_0
 E n1_l1_affine_eq_1
 G n1_l2_relu_ge_0
 L n1_l2_relu_on_0
 L n1_l2_relu_off_0
 G n1_l2_relu_ge_1
 L n1_l2_relu_on_1
 L n1_l2_relu_off_1
 E n1_l3_affine_eq_0
 E n1_l3_affine_eq_1
 E n2_l1_affine_eq_0
 E n2_l1_affine_eq_1
COLUMNS
    x_0 n1_l1_affine_eq_0 -1 n1_l1_affine_eq_1 -1
    x_0 n2_l1_affine_eq_0 -1
    x_1 n1_l1_affine_eq_0 -1 n1_l1_affine_eq_1 1
    n1_l1_affine_0 n1_l1_affine_eq_0 1 n1_l2_relu_ge_0 -1
    n1_l1_affine_0 n1_l2_relu_off_0 -1
    n1_l1_affine_1 n1_l1_affine_eq_1 1 n1_l2_relu_ge_1 -1
    n1_l1_affine_1 n1_l2_relu_off_1 -1
    n1_l2_relu_0 n1_l2_relu_ge_0 1 n1_l2_relu_on_0 1
    n1_l2_relu_0 n1_l2_relu_off_0 1 n1_l3_affine_eq_0 -1
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_0 n1_l2_relu_on_0 -2.000000000002 n1_l2_relu_off_0 2.000000000002
    MARKER 'MARKER' 'INTEND'
    n1_l2_relu_1 n1_l2_relu_ge_1 1 n1_l2_relu_on_1 1
    n1_l2_relu_1 n1_l2_relu_off_1 1 n1_l3_affine_eq_1 -1
    MARKER 'MARKER' 'INTORG'
    n1_l2_relu_d_1 n1_l2_relu_on_1 -2.000000000002 n1_l2_relu_off_1 2.000000000002
    MARKER 'MARKER' 'INTEND'
    n1_l3_affine_0 obj 1 n1_l3_affine_eq_0 1
    n1_l3_affine_1 obj -1 n1_l3_affine_eq_1 1
    n2_l1_affine_0 obj -1 n2_l1_affine_eq_0 1
    n2_l1_affine_1 obj 1 n2_l1_affine_eq_1 1
RHS
    RHS n1_l2_relu_off_0 2.000000000002
    RHS n1_l2_relu_off_1 2.000000000002
BOUNDS
 LO BND x_0 -1
 UP BND x_0 1
 LO BND x_1 -1
 UP BND x_1 1
 FR BND n1_l1_affine_0
 FR BND n1_l1_affine_1
 UP BND n1_l2_relu_0 2.000000000002
 LO BND n1_l2_relu_d_0 0
 UP BND n1_l2_relu_d_0 1
 UP BND n1_l2_relu_1 2.000000000002
 LO BND n1_l2_relu_d_1 0
 UP BND n1_l2_relu_d_1 1
 FR BND n1_l3_affine_0
 FR BND n1_l3_affine_1
 FR BND n2_l1_affine_0
 FR BND n2_l1_affine_1
ENDATA
