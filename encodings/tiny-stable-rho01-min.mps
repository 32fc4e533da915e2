* twinmargin 0.1.0: minimize rho(0, 1) of the tiny twins, x0 = (3, 0.5), eps 0.25
NAME tiny-stable-rho01-min
ROWS
 N obj
 E n1_l1_affine_eq_0
 E n1_l1_affine_eq_1
 E n1_l3_affine_eq_0
 E n1_l3_affine_eq_1
 E n2_l1_affine_eq_0
 E n2_l1_affine_eq_1
COLUMNS
    x_0 n1_l1_affine_eq_0 -1 n1_l1_affine_eq_1 -1
    x_0 n2_l1_affine_eq_0 -1
    x_1 n1_l1_affine_eq_0 -1 n1_l1_affine_eq_1 1
    n1_l1_affine_0 n1_l1_affine_eq_0 1 n1_l3_affine_eq_0 -1
    n1_l1_affine_1 n1_l1_affine_eq_1 1 n1_l3_affine_eq_1 -1
    n1_l3_affine_0 obj 1 n1_l3_affine_eq_0 1
    n1_l3_affine_1 obj -1 n1_l3_affine_eq_1 1
    n2_l1_affine_0 obj -1 n2_l1_affine_eq_0 1
    n2_l1_affine_1 obj 1 n2_l1_affine_eq_1 1
RHS
BOUNDS
 LO BND x_0 2.75
 UP BND x_0 3.25
 LO BND x_1 0.25
 UP BND x_1 0.75
 FR BND n1_l1_affine_0
 FR BND n1_l1_affine_1
 FR BND n1_l3_affine_0
 FR BND n1_l3_affine_1
 FR BND n2_l1_affine_0
 FR BND n2_l1_affine_1
ENDATA
