static RT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libpyexe_runtime.a"));
fn main() {
    let cx = inkwell::context::Context::create();
    let m = cx.create_module("x");
    println!("{} {}", RT.len(), m.get_name().to_str().unwrap());
}
